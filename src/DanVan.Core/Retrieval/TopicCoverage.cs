using DanVan.Core.Text;

namespace DanVan.Core.Retrieval;

/// <summary>
/// How much of what a question is about a text holds, read on the question's pairs of adjacent words ("khách hàng",
/// "biển số", "dân vận"): the share of them the text writes together (any reading of the pair counts: "Trưởng ban"
/// for "người đứng đầu"). Pairs holding a word that asks (<c>askedWords</c>), a number, or a syllable that may be a
/// function word (<see cref="SearchQuery.EitherWords"/>) are left out. An everyday question shares a word or two with
/// the materials ("hội nghị", "bồi dưỡng", "tổ chức") but hardly any of its pairs: what it is about ("khách hàng",
/// "học sinh giỏi") is written nowhere; a question the materials answer, even in other words, shares most of them.
/// </summary>
public sealed class TopicCoverage
{
    private readonly IReadOnlyList<string[][]> _pairs;

    public TopicCoverage(SearchQuery query, IReadOnlySet<string> askedWords)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(askedWords);
        _pairs = query.Pairs
            .Where(p => p.Key.Split(' ').All(w => !w.Any(char.IsDigit) && !askedWords.Contains(w) && !query.EitherWords.Contains(w)))
            .Select(p => p.Phrases.Select(phrase => phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray())
            .ToList();
    }

    /// <summary>How many of the question's pairs are read.</summary>
    public int Pairs => _pairs.Count;

    /// <summary>The share in [0, 1] of the question's pairs that the fields (folded tokens) hold; 1 when it has none.</summary>
    public double Share(IReadOnlyList<IReadOnlyList<string>> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        return _pairs.Count == 0 ? 1
            : (double)_pairs.Count(readings => readings.Any(r => fields.Any(f => TokenSequence.Contains(f, r)))) / _pairs.Count;
    }
}
