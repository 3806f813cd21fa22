namespace DanVan.Core.Retrieval;

/// <summary>
/// How much of a query a text covers: IDF-weighted share of its syllables and of its syllable pairs (a group counts
/// when any of its alternatives is present). Pairs weigh as much as single syllables, so "dân chủ ở cơ sở" prefers
/// passages with "dân chủ" and "cơ sở" over passages that merely contain "dân", "chủ", "cơ" and "sở" apart.
/// A year or province the question names but the text lacks discounts the score: it is likely about another course.
/// </summary>
/// <remarks>
/// Phrases are compiled once per query to sequences of syllable numbers; a text is then read token by token with one
/// dictionary look-up each (no substring search, no allocation per phrase), which matters when 40 candidates of a
/// thousand syllables each are scored for every question.
/// </remarks>
public sealed class CoverageScorer
{
    private const double MissingEntityFactor = 0.75;

    /// <summary>
    /// What a text counts that holds a question's words only apart, none of its pairs: everyday questions share single
    /// syllables with the materials ("lớp", "năm", "đường", "chợ"), a question the materials answer shares a word. Half,
    /// so that words found apart reach at most a quarter (below <c>Retrieval:MinRelevance</c>).
    /// </summary>
    private const double ApartFactor = 0.5;
    private readonly Dictionary<string, int> _syllables = new(StringComparer.Ordinal);
    /// <summary>How many ordinary words of a question the index never writes may be set aside (one or two, a paraphrase).</summary>
    private const int MaxUnwrittenWords = 2;

    /// <summary>How many searched words must remain for the others to be set aside.</summary>
    private const int MinWrittenWords = 3;

    /// <summary>How many of the question's pairs must remain for the others to be set aside.</summary>
    private const int MinWrittenPairs = 2;
    private readonly List<(int[][] Phrases, double Weight)> _terms;
    private readonly List<(int[][] Phrases, double Weight)> _pairs;
    private readonly int[][] _years;
    private readonly int[][] _provinces;
    private double _termTotal;
    private double _pairTotal;
    private readonly bool _hasLongPhrases;
    private readonly bool[] _namePairs;
    private HashSet<string>? _absent;
    private double[]? _termFactors;
    private int[][]? _termPairs;
    private int[][]? _readingPairs;

    // The terms and pairs holding a syllable that may be a function word (SearchQuery.EitherWords): a text lacking them
    // does not count them in the question's weight.
    private readonly bool[]? _eitherTerms;
    private readonly bool[]? _eitherPairs;

    public CoverageScorer(SearchQuery query, Vocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(vocabulary);
        _terms = query.Terms.Select(g => (Compile(g.Phrases), PhraseWeight(g.Phrases[0], vocabulary, mean: true))).ToList();
        _pairs = query.Pairs.Select(g => (Compile(g.Phrases), PhraseWeight(g.Phrases[0], vocabulary, mean: false))).ToList();
        _years = Compile(query.Years);
        _provinces = Compile(query.Provinces.Select(p => string.Join(' ', DanVan.Core.Text.Provinces.FoldedTokens(p))).ToList());
        _termTotal = _terms.Sum(t => t.Weight);
        _pairTotal = _pairs.Sum(p => p.Weight);
        _hasLongPhrases = _terms.Concat(_pairs).SelectMany(g => g.Phrases).Concat(_provinces).Any(p => p.Length > 2);
        _namePairs = NamePairs(query);
        if (query.EitherWords.Count > 0)
        {
            _eitherTerms = query.Terms.Select(t => query.EitherWords.Contains(t.Key)).ToArray();
            _eitherPairs = query.Pairs.Select(p => p.Key.Split(' ').Any(query.EitherWords.Contains)).ToArray();
        }
    }

    // The question pairs that name its place or year ("cà mau", "năm 2016", "ở cà"): found, they say which course, not
    // that the text speaks of what is asked about it.
    private static bool[] NamePairs(SearchQuery query)
    {
        var names = query.Provinces.SelectMany(DanVan.Core.Text.Provinces.FoldedTokens).Concat(query.Years).ToHashSet(StringComparer.Ordinal);
        return query.Pairs.Select(p => p.Key.Split(' ').Any(names.Contains)).ToArray();
    }

    /// <summary>
    /// From now on, leave out of the question's weight its one or two ordinary syllables the index never writes ("trau"
    /// of "trau dồi" asked, "bồi dưỡng" written), with the pairs holding them: no text can cover them, so they would sink a paraphrase
    /// whose other words one sentence covers. Not set aside: numbers, years, provinces and <paramref name="strict"/> (the
    /// words the asked fact hangs on, what the question names), nor anything when more such words are unwritten or fewer
    /// than <see cref="MinWrittenWords"/> others remain (a question about something else).
    /// </summary>
    /// <returns>The folded words set aside.</returns>
    public IReadOnlyList<string> SetAsideUnwritten(SearchQuery query, Vocabulary vocabulary, IReadOnlySet<string> strict)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(vocabulary);
        ArgumentNullException.ThrowIfNull(strict);
        if (vocabulary.PassageCount == 0)
        {
            return [];
        }

        var named = query.Provinces.SelectMany(DanVan.Core.Text.Provinces.FoldedTokens).Concat(query.Years).ToHashSet(StringComparer.Ordinal);
        bool Ordinary(string word) => !word.Any(char.IsDigit) && !named.Contains(word) && !strict.Contains(word);
        var words = query.Terms.Select((t, i) => (t, i))
            .Where(x => Ordinary(x.t.Key) && x.t.Phrases.All(p => p.Split(' ').All(s => !vocabulary.Contains(s))))
            .ToList();
        var keys = words.Select(x => x.t.Key).ToHashSet(StringComparer.Ordinal);
        var pairs = query.Pairs.Select((p, i) => (Words: p.Key.Split(' '), i)).Where(p => p.Words.Any(keys.Contains)).ToList();
        if (words.Count == 0 || words.Count > MaxUnwrittenWords || query.Terms.Count - words.Count < MinWrittenWords || query.Pairs.Count - pairs.Count < MinWrittenPairs)
        {
            return [];
        }

        foreach (var (_, i) in words)
        {
            _terms[i] = (_terms[i].Phrases, 0);
        }

        foreach (var (_, i) in pairs)
        {
            _pairs[i] = (_pairs[i].Phrases, 0);
        }

        _termTotal = _terms.Sum(t => t.Weight);
        _pairTotal = _pairs.Sum(p => p.Weight);
        return [.. keys];
    }

    /// <summary>
    /// From now on, count these folded syllables as missing from every text: the question spelt them with diacritics
    /// that the texts never use ("truyền thống" asked, only "truyền thông" written).
    /// </summary>
    public void TreatAsAbsent(IEnumerable<string> syllables)
    {
        ArgumentNullException.ThrowIfNull(syllables);
        _absent = new HashSet<string>(syllables, StringComparer.Ordinal);
    }

    /// <summary>
    /// From now on, a term typed without diacritics that is ambiguous (<paramref name="factors"/>: folded syllable → weight
    /// share) counts only that share when no question pair holding it is matched too: "doi tuyen" alone matching
    /// "đổi … tuyên" is a guess, "dan van" matching "dân vận" is not.
    /// </summary>
    public void DiscountAmbiguous(IReadOnlyDictionary<string, double> factors, SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(factors);
        ArgumentNullException.ThrowIfNull(query);
        if (factors.Count == 0)
        {
            return;
        }

        _termFactors = query.Terms.Select(t => factors.TryGetValue(t.Key, out var f) ? f : 1.0).ToArray();
        _termPairs = PairsHolding(query, readingsOnly: false);
    }

    /// <summary>
    /// From now on, a question syllable also counts as present when a pair holding it is met through another reading of
    /// that pair ("người đứng đầu" met by "Trưởng ban": "đứng" and "đầu" are said, in other words).
    /// </summary>
    public void CountSyllablesReadThroughPairs(SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        _readingPairs = PairsHolding(query, readingsOnly: true);
    }

    // For each question term, the question pairs holding it (only those with other readings, when asked).
    private static int[][] PairsHolding(SearchQuery query, bool readingsOnly) =>
        query.Terms.Select(t => query.Pairs.Select((p, i) => (p, i))
            .Where(x => (!readingsOnly || x.p.Phrases.Count > 1) && x.p.Key.Split(' ').Contains(t.Key)).Select(x => x.i).ToArray()).ToArray();

    /// <summary>Coverage in [0, 1] of indexed (folded, space-separated) fields.</summary>
    public double Score(params string[] indexedFields)
    {
        ArgumentNullException.ThrowIfNull(indexedFields);
        return Score(indexedFields.Select(f => (IReadOnlyList<string>)f.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray());
    }

    /// <summary>Coverage in [0, 1] of fields given as their indexed tokens (<see cref="DanVan.Core.Text.IndexText.Tokens"/>).</summary>
    public double Score(params IReadOnlyList<string>[] fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        if (_termTotal <= 0)
        {
            return 0;
        }

        var found = new Found(this, fields);
        var pairTotal = _pairTotal - Unfound(_pairs, _eitherPairs, found);
        var termShare = _termFactors is null && _readingPairs is null
            ? Share(_terms, _termTotal - Unfound(_terms, _eitherTerms, found), found)
            : DiscountedTermShare(found);
        var pairShare = _pairs.Count == 0 || pairTotal <= 0 ? 0 : Share(_pairs, pairTotal, found);
        var score = _pairs.Count == 0 || pairTotal <= 0
            ? termShare
            : (0.5 * termShare) + (0.5 * pairShare);
        if (!FoundTogether(found) && (_pairs.Count > 0 || _terms.Count > 1))
        {
            score *= ApartFactor;
        }

        if (_years.Length > 0 && !_years.Any(found.Contains))
        {
            score *= MissingEntityFactor;
        }

        if (_provinces.Length > 0 && !_provinces.Any(found.Contains))
        {
            score *= MissingEntityFactor;
        }

        return score;
    }

    /// <summary>
    /// Whether the fields hold one of the years and one of the provinces the question names (true when it names none).
    /// A question about a year or a province no passage mentions is about a course the materials do not cover.
    /// </summary>
    public (bool Years, bool Provinces) NamedEntities(params IReadOnlyList<string>[] fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        if (_years.Length == 0 && _provinces.Length == 0)
        {
            return (true, true);
        }

        var found = new Found(this, fields);
        return (_years.Length == 0 || _years.Any(found.Contains), _provinces.Length == 0 || _provinces.Any(found.Contains));
    }

    // Whether the text holds one of the question's pairs other than its place or year.
    private bool FoundTogether(Found found)
    {
        for (var i = 0; i < _pairs.Count; i++)
        {
            if (!_namePairs[i] && _pairs[i].Phrases.Any(found.Contains))
            {
                return true;
            }
        }

        return false;
    }

    // The weight of the groups marked either that the text lacks.
    private static double Unfound(List<(int[][] Phrases, double Weight)> groups, bool[]? either, Found found)
    {
        if (either is null)
        {
            return 0;
        }

        double sum = 0;
        for (var i = 0; i < groups.Count; i++)
        {
            if (either[i] && !groups[i].Phrases.Any(found.Contains))
            {
                sum += groups[i].Weight;
            }
        }

        return sum;
    }

    // A term found alone counts its ambiguity factor; one that may be a function word (either) weighs in the total only
    // as much as it counts found, and nothing when the text lacks it, so that it never lowers a text's score.
    private double DiscountedTermShare(Found found)
    {
        double sum = 0;
        var total = _termTotal;
        for (var i = 0; i < _terms.Count; i++)
        {
            var (phrases, weight) = _terms[i];
            var either = _eitherTerms?[i] == true;
            if (phrases.Any(found.Contains))
            {
                var paired = _termFactors is null || _termPairs![i].Any(p => _pairs[p].Phrases.Any(found.Contains));
                var counted = weight * (paired ? 1 : _termFactors![i]);
                sum += counted;
                total -= either ? weight - counted : 0;
            }
            else if (_readingPairs is not null && _readingPairs[i].Any(p => _pairs[p].Phrases.Any(found.Contains)))
            {
                sum += weight;
            }
            else if (either)
            {
                total -= weight;
            }
        }

        return total <= 0 ? 0 : sum / total;
    }

    private static double Share(List<(int[][] Phrases, double Weight)> groups, double total, Found found)
    {
        if (total <= 0)
        {
            return 0;
        }

        double sum = 0;
        foreach (var (phrases, weight) in groups)
        {
            if (phrases.Any(found.Contains))
            {
                sum += weight;
            }
        }

        return sum / total;
    }

    private int[][] Compile(IReadOnlyList<string> phrases) =>
        phrases.Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Number).ToArray()).Where(p => p.Length > 0).ToArray();

    private int Number(string syllable)
    {
        if (!_syllables.TryGetValue(syllable, out var number))
        {
            number = _syllables.Count;
            _syllables[syllable] = number;
        }

        return number;
    }

    private static double PhraseWeight(string phrase, Vocabulary vocabulary, bool mean)
    {
        var parts = phrase.Split(' ');
        var sum = parts.Sum(vocabulary.Idf);
        return mean ? sum / parts.Length : sum;
    }

    /// <summary>The query's syllables, adjacent pairs and (for longer phrases) sequences found in one text.</summary>
    private sealed class Found
    {
        private readonly bool[] _syllables;
        private readonly HashSet<long> _pairs = [];
        private readonly List<int[]>? _sequences;
        private readonly int _count;

        public Found(CoverageScorer scorer, IReadOnlyList<string>[] fields)
        {
            _count = scorer._syllables.Count;
            _syllables = new bool[_count];
            _sequences = scorer._hasLongPhrases ? [] : null;
            foreach (var field in fields)
            {
                var sequence = _sequences is null ? null : new int[field.Count];
                var previous = -1;
                for (var i = 0; i < field.Count; i++)
                {
                    if (!scorer._syllables.TryGetValue(field[i], out var number) || scorer._absent?.Contains(field[i]) == true)
                    {
                        number = -1;
                    }
                    else
                    {
                        _syllables[number] = true;
                        if (previous >= 0)
                        {
                            _pairs.Add(((long)previous * _count) + number);
                        }
                    }

                    previous = number;
                    if (sequence is not null)
                    {
                        sequence[i] = number;
                    }
                }

                _sequences?.Add(sequence!);
            }
        }

        public bool Contains(int[] phrase) => phrase.Length switch
        {
            1 => _syllables[phrase[0]],
            2 => _pairs.Contains(((long)phrase[0] * _count) + phrase[1]),
            _ => _pairs.Contains(((long)phrase[0] * _count) + phrase[1]) && _sequences!.Any(s => DanVan.Core.Text.TokenSequence.Contains(s, phrase)),
        };
    }
}
