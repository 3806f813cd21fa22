using DanVan.Core.Lexicon;
using DanVan.Core.Text;

namespace DanVan.Core.Tests.Lexicon;

/// <summary>Long phrase lists are read through an index by first syllable: the same phrases are found as by reading them all.</summary>
public sealed class LexiconMatcherTests
{
    // Forty filler phrases (an indexed list) around the ones the tests look for.
    private static List<LexiconPhrase> Long(params string[] phrases) =>
        [.. Enumerable.Range(0, 40).Select(i => LexiconPhrase.Of($"từ {i} khác")), .. phrases.Select(LexiconPhrase.Of)];

    [Fact]
    public void LongestAt_LongList_FindsTheLongestPhraseStartingThere()
    {
        var phrases = Long("dân vận", "dân vận khéo", "vận động");
        var tokens = Tokenizer.TokenizeTyped("mô hình dân vận khéo ở xã");

        Assert.Equal(3, LexiconMatcher.LongestAt(tokens, 2, phrases));
        Assert.Equal(0, LexiconMatcher.LongestAt(tokens, 3, phrases));
        Assert.Equal(0, LexiconMatcher.LongestAt(tokens, 99, phrases));
    }

    [Theory]
    [InlineData("tinh hinh can bo", true)] // typed without diacritics: any phrase folding alike
    [InlineData("tình hình cán bộ", true)]
    [InlineData("tình hình căn bộ", false)] // typed with other diacritics: not the phrase
    public void Find_LongList_ReadsDiacriticsAsAShortListDoes(string question, bool found)
    {
        var tokens = Tokenizer.TokenizeTyped(question);
        var shortList = new List<LexiconPhrase> { LexiconPhrase.Of("cán bộ") };

        Assert.Equal(found, LexiconMatcher.Find(tokens, Long("cán bộ")).Any());
        Assert.Equal(found, LexiconMatcher.Find(tokens, shortList).Any());
    }

    [Fact]
    public void Find_ListGrownAfterUse_FindsItsNewPhrases()
    {
        var phrases = Long("dân vận");
        var tokens = Tokenizer.TokenizeTyped("quy chế dân chủ ở cơ sở");
        Assert.Empty(LexiconMatcher.Find(tokens, phrases));

        phrases.Add(LexiconPhrase.Of("dân chủ"));

        Assert.Equal([(2, 2)], LexiconMatcher.Find(tokens, phrases));
    }

    [Fact]
    public void ContainsAny_LongList_FindsAPhraseAnywhere()
    {
        var folded = Tokenizer.Tokenize("quy che dan chu o co so");

        Assert.True(LexiconMatcher.ContainsAny(folded, Long("co so")));
        Assert.False(LexiconMatcher.ContainsAny(folded, Long("so co")));
    }

    // A question typed without diacritics is ambiguous syllable by syllable; the materials are written with theirs, so a
    // word they write without any ("thay" of "thay đổi") is that word, not "thầy".
    [Theory]
    [InlineData("thầy", "ai la thay day lop", true)]
    [InlineData("thầy", "Ai là thầy dạy lớp?", true)]
    [InlineData("thầy", "Ai là thay dạy lớp?", true)] // a question's syllable typed without its marks
    public void Find_QuestionTokens_MatchWhatFoldsAlikeWhenTypedWithoutDiacritics(string phrase, string question, bool found) =>
        Assert.Equal(found, LexiconMatcher.Find(Tokenizer.TokenizeTyped(question), [LexiconPhrase.Of(phrase)]).Any());

    [Theory]
    [InlineData("thầy", "Cán bộ có nhiều thay đổi về nhân sự.", false)]
    [InlineData("thầy", "Báo cáo viên là thầy Nguyễn Văn A.", true)]
    [InlineData("ts", "Báo cáo viên là TS. Lê Quang Vinh.", true)] // a phrase written without diacritics matches as written
    public void Find_WrittenTokens_MatchOnlyAsWritten(string phrase, string sentence, bool found) =>
        Assert.Equal(found, LexiconMatcher.Find(Tokenizer.TokenizeWritten(sentence), [LexiconPhrase.Of(phrase)]).Any());
}
