using System.Text.Json;
using DanVan.Core.Answering;
using DanVan.Core.Lexicon;
using DanVan.Core.Retrieval;
using DanVan.Core.Text;

namespace DanVan.Core.Tests.Lexicon;

/// <summary>
/// Lexicon/everyday.json (everyday, regional and loan words for the materials' vocabulary): every entry is well-formed and
/// reaches the matcher that reads it, one test per kind of entry; the words never name what would turn a trap into an answer.
/// </summary>
public sealed class EverydayLexiconTests
{
    private static readonly QuestionLexicon Shipped = QuestionLexicon.Default;

    private static readonly Lazy<JsonElement> File = new(() =>
    {
        using var stream = typeof(QuestionLexicon).Assembly.GetManifestResourceStream("DanVan.Core.Lexicon.everyday.json");
        Assert.NotNull(stream);
        using var json = JsonDocument.Parse(stream, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        return json.RootElement.Clone();
    });

    private static List<List<string>> Sets(params string[] path) =>
        Element(path).EnumerateArray().Select(set => set.EnumerateArray().Select(w => w.GetString()!).ToList()).ToList();

    private static List<string> Strings(params string[] path) => Element(path).EnumerateArray().Select(w => w.GetString()!).ToList();

    private static JsonElement Element(string[] path) => path.Aggregate(File.Value, (e, name) => e.GetProperty(name));

    private static string Key(string phrase) => string.Join(' ', Tokenizer.Tokenize(VietnameseText.Normalize(phrase)));

    [Fact]
    public void Synonyms_EverySetIsWellFormed()
    {
        var sets = Sets("synonyms");
        Assert.True(sets.Count >= 80, $"only {sets.Count} sets");
        Assert.All(sets, set =>
        {
            Assert.True(set.Select(Key).Distinct().Count() >= 2, string.Join(", ", set));
            Assert.All(set, phrase =>
            {
                var tokens = Tokenizer.TokenizeTyped(VietnameseText.Normalize(phrase));
                Assert.NotEmpty(tokens);
                Assert.Equal(phrase, phrase.Trim().ToLowerInvariant());
                // A word that says something, or a fixed expression of three syllables or more ("việc làm hay"): two function
                // words ("việc làm", "làm theo") would be read as the set's words in any chatter.
                Assert.True(tokens.Count >= 3 || tokens.Any(t => !StopWords.IsStopWord(t.Typed, t.Folded)), phrase);
            });
        });
    }

    [Fact]
    public void Synonyms_NameNoYearPlaceOrOffice()
    {
        // A word that names another year, province or office would make a near-domain trap read as the materials' fact.
        Assert.All(Sets("synonyms").SelectMany(s => s), phrase =>
        {
            var folded = Tokenizer.Tokenize(VietnameseText.Normalize(phrase));
            Assert.DoesNotContain(folded, w => w.Any(char.IsDigit));
            Assert.Empty(Provinces.Mentioned(folded));
            Assert.DoesNotContain(Shipped.Titles, t => t.Key == Key(phrase));
        });
    }

    [Fact]
    public void Synonyms_EveryPhraseIsFoundInAQuestion_TypedAndFolded_AndReadAsTheOthers()
    {
        Assert.All(Sets("synonyms"), set => Assert.All(set, phrase =>
        {
            foreach (var typed in new[] { phrase, VietnameseText.Fold(phrase) })
            {
                var tokens = Tokenizer.TokenizeTyped(VietnameseText.Normalize(typed));
                Assert.Equal(tokens.Count, LexiconMatcher.LongestAt(tokens, 0, Shipped.SynonymPhrases));
            }

            Assert.Superset(set.Select(Key).Where(k => k != Key(phrase)).ToHashSet(), Shipped.SynonymsOf(Key(phrase)).ToHashSet());
        }));
    }

    [Fact]
    public void Synonyms_ReachTheQueryExpansion()
    {
        var query = QueryBuilder.Build("Hội nghị qua zoom ở Thái Bình có mấy điểm kết nối", Vocabulary.Empty, Shipped);
        Assert.Contains(query.Terms.Concat(query.Pairs), g => g.Phrases.Contains("truc tuyen"));
        Assert.Contains(query.Terms.Concat(query.Pairs), g => g.Phrases.Contains("diem cau"));
    }

    [Theory] // the answer decision, per kind of entry: synonyms (a longer counted word too), units, course roles
    [InlineData("Tuyên Quang xây dựng được bao nhiêu cách làm hay dân vận khéo?", "Giai đoạn 2021 – 2022, các cấp đã xây dựng 2.034 mô hình “Dân vận khéo”.", true)]
    [InlineData("Hội nghị có bao nhiêu điểm kết nối?", "Hội nghị được kết nối tới 268 điểm cầu các xã.", true)]
    [InlineData("Hội nghị có bao nhiêu điểm kết nối?", "Hội nghị có 268 đại biểu tham dự.", false)]
    [InlineData("Lớp học kéo dài mấy bữa?", "Lớp bồi dưỡng diễn ra trong 3 ngày.", true)]
    [InlineData("Lớp học kéo dài mấy bữa?", "Lớp bồi dưỡng có 170 học viên.", false)]
    [InlineData("Speaker của hội nghị là ai?", "Tại hội nghị, TS. Hoàng Anh Đức truyền đạt 3 chuyên đề.", true)]
    [InlineData("Speaker của hội nghị là ai?", "Đồng chí Vũ Thanh Hương chủ trì hội nghị.", false)]
    public void Entries_ReachTheAnswerDecision(string question, string sentence, bool met)
    {
        var query = QueryBuilder.Build(question, Vocabulary.Empty, Shipped);
        Assert.Equal(met, AnswerExpectation.For(question, query.Kind, Shipped).IsMetBy(sentence));
    }

    [Fact]
    public void Units_DaysSaidAsBuaOrHom_AreTimeUnitsNamedAsDays()
    {
        Assert.All(Strings("units", "time"), unit => Assert.Contains(Shipped.TimeUnits, u => u.Key == Key(unit)));
        Assert.All(Sets("units", "otherNames"), set => Assert.All(set.Skip(1), name => Assert.Contains(Key(set[0]), Shipped.SynonymsOf(Key(name)))));
    }

    [Fact]
    public void CourseRoles_JoinTheShippedGroupTheyShareAPhraseWith()
    {
        var group = Assert.Single(Shipped.CourseRoles, g => g.Any(p => p.Key == "bao cao vien"));
        Assert.All(Sets("offices", "courseRoles").SelectMany(s => s), role => Assert.Contains(group, p => p.Key == Key(role)));
    }

    [Fact]
    public void KindCues_AndAskers_AreFoundInAQuestion()
    {
        foreach (var kind in File.Value.GetProperty("kinds").EnumerateObject())
        {
            Assert.All(kind.Value.EnumerateArray().Select(c => c.GetString()!), cue =>
                Assert.True(Shipped.Asks(kind.Name, Tokenizer.TokenizeTyped($"Lớp tập huấn khai mạc {cue}?")), $"{kind.Name}: {cue}"));
        }

        Assert.All(Strings("timeAskers"), asker => Assert.Contains(Shipped.TimeAskers, a => a.Key == Key(asker)));
        Assert.All(Strings("reasonAskers"), asker => Assert.Contains(Shipped.ReasonAskers, a => a.Key == Key(asker)));
    }

    [Fact]
    public void BodyDuties_DescribeTheBodyInEverydayWords()
    {
        Assert.All(Strings("bodyDescriptions", "duties"), duty =>
        {
            var tokens = LexiconMatcher.WithBodyNames(Tokenizer.TokenizeTyped($"người đứng đầu cơ quan {duty} dân vận của tỉnh ủy là ai"), Shipped);
            Assert.Contains("ban dan van tinh uy", string.Join(' ', tokens.Select(t => t.Folded)));
        });
    }

    [Theory] // regional pronouns and particles are function words; their folded forms only where no content word folds alike
    [InlineData("mần", true)]
    [InlineData("ổng", true)]
    [InlineData("tụi", true)]
    [InlineData("tui", true)]
    [InlineData("nghen", true)]
    [InlineData("hòa", false)]
    public void StopWords_RegionalFunctionWords(string word, bool stop) =>
        Assert.Equal(stop, StopWords.IsStopWord(word, VietnameseText.Fold(word)));
}
