using DanVan.Core.Text;

namespace DanVan.Core.Retrieval;

/// <summary>
/// How much of what a question is about a text holds, read on the question's pairs of adjacent words ("khách hàng",
/// "biển số", "dân vận"): the share of them the text writes together (any reading of the pair counts: "Trưởng ban"
/// for "người đứng đầu"). Pairs holding a word that asks (<c>askedWords</c>) or a number are left out; those holding a
/// syllable typed without diacritics that may be a function word are read too (left out, they left an everyday question
/// typed so with one or two pairs the materials happen to write). An everyday question shares a word or two with
/// the materials ("hội nghị", "bồi dưỡng", "tổ chức") but hardly any of its pairs: what it is about ("khách hàng",
/// "học sinh giỏi") is written nowhere; a question the materials answer, even in other words, shares most of them.
/// </summary>
public sealed class TopicCoverage
{
    private readonly IReadOnlyList<string[][]> _pairs;

    public TopicCoverage(SearchQuery query, Vocabulary vocabulary, IReadOnlySet<string> askedWords)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(vocabulary);
        ArgumentNullException.ThrowIfNull(askedWords);
        bool Read(string word) => !word.Any(char.IsDigit) && !askedWords.Contains(word);
        _pairs = query.Pairs
            .Where(p => p.Key.Split(' ').All(Read))
            .Select(p => p.Phrases.Select(phrase => phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray())
            .ToList();
        HasUnwrittenWord = vocabulary.PassageCount > 1
            && query.Terms.Any(t => Read(t.Key) && t.Phrases.All(phrase => phrase.Split(' ').Any(s => !vocabulary.Contains(s)
                && !EditDistance.OneSlip(s, insertionsOnly: true).Any(vocabulary.Contains))));
    }

    /// <summary>How many of the question's pairs are read.</summary>
    public int Pairs => _pairs.Count;

    /// <summary>
    /// True when a content word of the question is written in no passage in any of its readings (the lexicon knows none
    /// either: "sữa", "khách", "APEC"): what the question is about may be just that word. Not a word a letter put in makes
    /// written: that is a typo ("dk nong": đắk nông).
    /// </summary>
    public bool HasUnwrittenWord { get; }

    /// <summary>
    /// The least share of its pairs a text must hold to be about the question: a third, half when a word of it is
    /// unwritten. On the dev sets' answerable questions (typed, folded, folded in lower case: 2106) none falls below
    /// in the document that supports it, of the readable everyday questions answered before (chatter_fresh2_dev,
    /// chatter_fresh: 23) most do.
    /// </summary>
    public double MinShare => HasUnwrittenWord ? MinShareUnwritten : MinShareWritten;

    private const double MinShareWritten = 1.0 / 3;

    private const double MinShareUnwritten = 0.5;

    /// <summary>The share in [0, 1] of the question's pairs that the fields (folded tokens) hold; 1 when it has none.</summary>
    public double Share(IReadOnlyList<IReadOnlyList<string>> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        return _pairs.Count == 0 ? 1
            : (double)_pairs.Count(readings => readings.Any(r => fields.Any(f => TokenSequence.Contains(f, r)))) / _pairs.Count;
    }
}
