using System.Text;
using System.Text.RegularExpressions;
using DanVan.Core.Ingestion;
using DanVan.Core.Retrieval;
using DanVan.Core.Storage;
using DanVan.Core.Text;
using Microsoft.Extensions.Options;

namespace DanVan.Core.Answering;

/// <summary>
/// The offline answer: the sentences of the top passages that best cover the question, verbatim, each followed by
/// its source number. Nothing is generated, so nothing can be invented.
/// </summary>
public sealed partial class ExtractiveAnswerComposer : IAnswerComposer
{
    private const int MaxSentences = 3;
    private const int MaxChars = 900;
    private readonly VocabularyCache _vocabulary;
    private readonly RetrievalOptions _options;

    public ExtractiveAnswerComposer(VocabularyCache vocabulary, IOptions<RetrievalOptions> options)
    {
        _vocabulary = vocabulary;
        _options = options.Value;
    }

    [GeneratedRegex(@"\b(tại|ở)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PlaceWords();

    public Task<Answer> ComposeAsync(string question, IReadOnlyList<RetrievedPassage> passages, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(passages);
        if (passages.Count == 0)
        {
            return Task.FromResult(AnswerFactory.NotFound(question));
        }

        var vocabulary = _vocabulary.Get();
        var query = QueryBuilder.Build(question, vocabulary);
        var scorer = new CoverageScorer(query, vocabulary);
        var expectation = AnswerExpectation.For(question, query.Kind);
        scorer.TreatAsAbsent(Misspelt(question, query, passages));
        var candidates = new List<SentenceCandidate>();
        double support = 0;
        SentenceCandidate? supporting = null;
        var namesFound = false;

        // The year and province a course was held are facts of its document: a passage of it that does not repeat them
        // (a photo caption naming the speaker) is still about that course when another retrieved passage of it names them.
        var split = passages.Select(p => p.Text.Split('\n').SelectMany(SentenceSplitter.Split).ToList()).ToList();
        var splitTokens = split.Select(sentences => sentences.Select(IndexText.Tokens).ToList()).ToList();
        var documentTokens = Enumerable.Range(0, passages.Count).GroupBy(i => passages[i].DocumentId).ToDictionary(
            g => g.Key, g => g.SelectMany(i => splitTokens[i]).Select(WithoutPlannedYears).ToList());
        for (var rank = 0; rank < passages.Count; rank++)
        {
            var passage = passages[rank];

            // What the document as a whole says (title, province, year, section) counts for each of its sentences, so
            // sentences compete on the rest of the question: "chuyên đề gì" picks the sentence that lists them.
            var context = IndexText.Tokens(passage.Title + " " + passage.Section + " ; " +
                KnowledgeStore.MetaSource(new DocumentMetadata(passage.Title, passage.Publisher, passage.Published, passage.Province)));
            var sentences = split[rank];
            var tokens = splitTokens[rank];
            var aboutAskedCourse = scorer.NamedEntities([.. documentTokens[passage.DocumentId], context]) == (true, true);
            aboutAskedCourse &= expectation.HoldsArticle(passage.Section + "\n" + passage.Text);
            namesFound |= aboutAskedCourse;
            var coverages = tokens.Select(t => scorer.Score(t, context)).ToList();
            for (var position = 0; position < sentences.Count; position++)
            {
                var sentence = sentences[position];
                var coverage = coverages[position];
                var kinds = expectation.KindsMetBy(sentence);
                var holdsFact = !expectation.IsSpecific || kinds != 0;
                var score = coverage + KindBonus(expectation, holdsFact, query.Kind, sentence) + (0.25 * passage.Score) - (0.02 * rank);
                var candidate = new SentenceCandidate(rank, position, sentence, coverage, score, kinds);
                candidates.Add(candidate);

                // Support: how much of the question the sentence holding the kind of fact asked, with its neighbours,
                // covers ("trong 3 ngày" answers "kéo dài mấy ngày" when the sentence before names the course), in a
                // passage about the year and province asked.
                // (A window covers at most what its three sentences cover apart: no need to score one that cannot win.)
                var bound = coverage + (position > 0 ? coverages[position - 1] : 0) + (position + 1 < coverages.Count ? coverages[position + 1] : 0);
                if (aboutAskedCourse && bound > support)
                {
                    IReadOnlyList<string>[] fields = [position > 0 ? tokens[position - 1] : [], tokens[position],
                        position + 1 < tokens.Count ? tokens[position + 1] : [], context];
                    var window = scorer.Score(fields);
                    if (window > support && holdsFact && expectation.HoldsFocus(fields) && expectation.HoldsAttribution(fields)
                        && !expectation.IsAboutOtherYear(sentences[Math.Max(0, position - 1)..Math.Min(sentences.Count, position + 2)].ToArray()))
                    {
                        support = window;
                        supporting = candidate;
                    }
                }
            }
        }

        var best = candidates.MaxBy(c => c.Score);
        // A year or a province the question names that no passage holds: the materials are about other courses.
        if (!namesFound)
        {
            support = 0;
        }

        if (best is null || best.Coverage <= 0 || support < _options.MinSupport)
        {
            return Task.FromResult(AnswerFactory.NotFound(question) with { Support = support });
        }

        var chosen = new List<SentenceCandidate> { best };
        var length = best.Text.Length;
        foreach (var candidate in candidates.OrderByDescending(c => c.Score))
        {
            if (chosen.Count >= MaxSentences || candidate.Score < best.Score * 0.7)
            {
                break;
            }

            if (chosen.Contains(candidate) || length + candidate.Text.Length > MaxChars || candidate.Coverage <= 0
                || chosen.Any(c => string.Equals(c.Text, candidate.Text, StringComparison.Ordinal)))
            {
                continue;
            }

            chosen.Add(candidate);
            length += candidate.Text.Length;
        }

        // The answer must quote the sentence that holds the kind of fact asked (the count, the date, the person):
        // when the best-scoring sentences do not include it, it takes the place of the last of them.
        if (expectation.IsSpecific && supporting is not null && !chosen.Any(c => c.Kinds != 0))
        {
            if (chosen.Count >= MaxSentences || length + supporting.Text.Length > MaxChars)
            {
                length -= chosen[^1].Text.Length;
                chosen.RemoveAt(chosen.Count - 1);
            }

            chosen.Add(supporting);
        }

        // A question asking several things ("khai mạc ở đâu và kéo dài mấy ngày") quotes, for each kind of fact no chosen
        // sentence holds, the best sentence of the same document that holds it, in place of one that adds no kind.
        var missing = expectation.AllKinds & ~chosen.Aggregate(0, (mask, c) => mask | c.Kinds);
        var bestDocument = passages[best.PassageRank].DocumentId;
        while (missing != 0)
        {
            var more = candidates.Where(c => (c.Kinds & missing) != 0 && c.Coverage > 0 && passages[c.PassageRank].DocumentId == bestDocument && !chosen.Contains(c))
                .MaxBy(c => c.Score);
            if (more is null)
            {
                break;
            }

            if (chosen.Count >= MaxSentences || length + more.Text.Length > MaxChars)
            {
                // A sentence may give way when the others hold every kind it holds.
                var spare = chosen.LastOrDefault(c => c != best && (c.Kinds & ~chosen.Where(o => o != c).Aggregate(0, (mask, o) => mask | o.Kinds)) == 0);
                if (spare is null)
                {
                    break;
                }

                chosen.Remove(spare);
                length -= spare.Text.Length;
            }

            chosen.Add(more);
            length += more.Text.Length;
            missing &= ~more.Kinds;
        }

        // Sources are numbered in the order the answer cites them; passages of one document section share a number.
        var ordered = chosen.OrderBy(c => c.PassageRank).ThenBy(c => c.Position).ToList();
        var numbers = new Dictionary<(long, string?), int>();
        var sources = new List<AnswerSource>();
        var body = new StringBuilder();
        foreach (var sentence in ordered)
        {
            var passage = passages[sentence.PassageRank];
            if (!numbers.TryGetValue((passage.DocumentId, passage.Section), out var number))
            {
                number = numbers.Count + 1;
                numbers[(passage.DocumentId, passage.Section)] = number;
                sources.Add(AnswerFactory.ToSource(passage, number));
            }
            else if (!sources[number - 1].Text.Contains(passage.Text, StringComparison.Ordinal))
            {
                sources[number - 1] = sources[number - 1] with { Text = sources[number - 1].Text + "\n…\n" + passage.Text };
            }

            if (body.Length > 0)
            {
                body.Append('\n');
            }

            body.Append(sentence.Text).Append(" [").Append(number).Append(']');
        }

        return Task.FromResult(AnswerFactory.Grounded(question, body.ToString(), sources, "extractive") with { Support = support });
    }

    // Syllables the question spells with diacritics that no passage uses in that spelling while it uses the folded
    // form in another ("thống" asked, "thông" written): another word, not the one asked about. A province's name is
    // recognised whatever its diacritics ("Bình Phuớc" is Bình Phước), so its syllables are never counted out.
    private static HashSet<string> Misspelt(string question, SearchQuery query, IReadOnlyList<RetrievedPassage> passages)
    {
        var names = query.Provinces.SelectMany(Provinces.FoldedTokens).ToHashSet(StringComparer.Ordinal);
        var asked = Tokenizer.TokenizeTyped(question)
            .Where(t => t.Typed != t.Folded && Syllables.IsPossible(t.Folded) && !StopWords.IsStopWord(t.Typed, t.Folded)
                && !names.Contains(t.Folded))
            .ToList();
        if (asked.Count == 0)
        {
            return [];
        }

        // Only words that fold like an asked one are spelt out (a key costs a Unicode decomposition).
        var askedFolded = asked.Select(t => t.Folded).ToHashSet(StringComparer.Ordinal);
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var passage in passages)
        {
            // Folding keeps an NFC text's length, so a word found in the folded text is at the same place in the text.
            var text = VietnameseText.Normalize(string.Join('\n', passage.Title, passage.Section, passage.Province, passage.Publisher, passage.Text));
            var folded = VietnameseText.Fold(text);
            foreach (var syllable in askedFolded)
            {
                // The tokenizer writes a final y as i ("kỹ" → ki); the text may have either.
                foreach (var form in syllable[^1] == 'i' ? [syllable, syllable[..^1] + "y"] : new[] { syllable })
                {
                    for (var at = folded.IndexOf(form, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(form, at + 1, StringComparison.Ordinal))
                    {
                        var end = at + form.Length;
                        if ((at == 0 || !char.IsLetterOrDigit(folded[at - 1])) && (end == folded.Length || !char.IsLetterOrDigit(folded[end])))
                        {
                            written.Add(VietnameseText.SpellingKey(text[at..end], syllable));
                        }
                    }
                }
            }
        }

        var found = asked.Where(t => written.Contains(VietnameseText.SpellingKey(t.Typed, t.Folded))).Select(t => t.Folded).ToHashSet(StringComparer.Ordinal);
        askedFolded.ExceptWith(found);
        return askedFolded;
    }

    // A year named as a plan or target ("định hướng nhiệm vụ năm 2014", "kế hoạch năm 2024") is not a year the passage
    // reports on: a question about a course in 2014 is not answered by the 2013 course that planned 2014's work.
    private static List<string> WithoutPlannedYears(List<string> tokens)
    {
        List<string>? masked = null;
        for (var i = 2; i < tokens.Count; i++)
        {
            if (tokens[i - 1] == "nam" && tokens[i - 2] is "vu" or "huong" or "hoach" or "tieu" && tokens[i].Length == 4 && IndexText.IsNumber(tokens[i]))
            {
                masked ??= [.. tokens];
                masked[i] = string.Empty;
            }
        }

        return masked ?? tokens;
    }

    // Sentences holding the kind of fact asked come first; "tỉnh nào" has no such check, so a place word does.
    private static double KindBonus(AnswerExpectation expectation, bool holdsFact, QuestionKind kind, string sentence) =>
        expectation.IsSpecific ? (holdsFact ? 0.2 : 0) : kind == QuestionKind.Place && PlaceWords().IsMatch(sentence) ? 0.1 : 0;

    /// <summary>A sentence of a retrieved passage; <see cref="Kinds"/> are the kinds of fact asked that it holds (bits).</summary>
    private sealed record SentenceCandidate(int PassageRank, int Position, string Text, double Coverage, double Score, int Kinds);
}
