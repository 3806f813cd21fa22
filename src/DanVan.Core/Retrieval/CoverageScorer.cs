namespace DanVan.Core.Retrieval;

/// <summary>
/// How much of a query a text covers: IDF-weighted share of its syllables and of its syllable pairs (a group counts
/// when any of its alternatives is present). Pairs weigh as much as single syllables, so "dân chủ ở cơ sở" prefers
/// passages with "dân chủ" and "cơ sở" over passages that merely contain "dân", "chủ", "cơ" and "sở" apart.
/// A year or province the question names but the text lacks discounts the score: it is likely about another course.
/// </summary>
public sealed class CoverageScorer
{
    private const double MissingEntityFactor = 0.75;
    private readonly IReadOnlyList<(TermGroup Group, double Weight)> _terms;
    private readonly IReadOnlyList<(TermGroup Group, double Weight)> _pairs;
    private readonly IReadOnlyList<string> _years;
    private readonly IReadOnlyList<string> _provinces;
    private readonly double _termTotal;
    private readonly double _pairTotal;

    public CoverageScorer(SearchQuery query, Vocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(vocabulary);
        _terms = query.Terms.Select(g => (g, PhraseWeight(g.Phrases[0], vocabulary, mean: true))).ToList();
        _pairs = query.Pairs.Select(g => (g, PhraseWeight(g.Phrases[0], vocabulary, mean: false))).ToList();
        _years = query.Years;
        _provinces = query.Provinces.Select(p => string.Join(' ', DanVan.Core.Text.Provinces.FoldedTokens(p))).ToList();
        _termTotal = _terms.Sum(t => t.Weight);
        _pairTotal = _pairs.Sum(p => p.Weight);
    }

    /// <summary>Coverage in [0, 1] of indexed (folded, space-separated) fields.</summary>
    public double Score(params string[] indexedFields)
    {
        ArgumentNullException.ThrowIfNull(indexedFields);
        if (_termTotal <= 0)
        {
            return 0;
        }

        var padded = indexedFields.Select(f => " " + f + " ").ToArray();
        var termShare = Share(_terms, _termTotal, padded);
        var score = _pairs.Count == 0 || _pairTotal <= 0
            ? termShare
            : (0.5 * termShare) + (0.5 * Share(_pairs, _pairTotal, padded));

        if (_years.Count > 0 && !_years.Any(y => ContainsPhrase(padded, y)))
        {
            score *= MissingEntityFactor;
        }

        if (_provinces.Count > 0 && !_provinces.Any(p => ContainsPhrase(padded, p)))
        {
            score *= MissingEntityFactor;
        }

        return score;
    }

    private static double Share(IReadOnlyList<(TermGroup Group, double Weight)> groups, double total, string[] padded)
    {
        double found = 0;
        foreach (var (group, weight) in groups)
        {
            foreach (var phrase in group.Phrases)
            {
                if (ContainsPhrase(padded, phrase))
                {
                    found += weight;
                    break;
                }
            }
        }

        return found / total;
    }

    private static double PhraseWeight(string phrase, Vocabulary vocabulary, bool mean)
    {
        var parts = phrase.Split(' ');
        var sum = parts.Sum(vocabulary.Idf);
        return mean ? sum / parts.Length : sum;
    }

    private static bool ContainsPhrase(string[] paddedFields, string phrase)
    {
        var needle = " " + phrase + " ";
        foreach (var field in paddedFields)
        {
            if (field.Contains(needle, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
