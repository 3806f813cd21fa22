using DanVan.Core.Text;

namespace DanVan.Core.Retrieval;

/// <summary>
/// Indexed syllables and syllable pairs (<see cref="IndexText.Pair"/>) with their document frequency: IDF weights,
/// the cost of matching a term, and typo correction (against syllables only).
/// </summary>
public sealed class Vocabulary
{
    private readonly Dictionary<string, int> _frequency;
    private readonly Dictionary<int, List<string>> _byLength;

    private readonly IReadOnlyDictionary<string, double> _certainty;
    private readonly IReadOnlyDictionary<string, double> _functionShare;
    private bool _behindIndex;
    private readonly IReadOnlySet<string>? _spellings;

    /// <param name="frequency">Terms and the number of passages holding each.</param>
    /// <param name="passageCount">Passages in the index.</param>
    /// <param name="certainty">Folded syllables with <see cref="SpellingCertainty"/> below 1.</param>
    /// <param name="functionShare">Folded syllables that may be a stop word, with their <see cref="FunctionShare"/>.</param>
    /// <param name="spellings">Every written form of a syllable the index holds (<see cref="VietnameseText.SpellingKey"/>); null when not known.</param>
    public Vocabulary(Dictionary<string, int> frequency, long passageCount, IReadOnlyDictionary<string, double>? certainty = null, IReadOnlyDictionary<string, double>? functionShare = null,
        IReadOnlySet<string>? spellings = null)
    {
        _spellings = spellings;
        _frequency = frequency;
        _certainty = certainty ?? new Dictionary<string, double>();
        _functionShare = functionShare ?? new Dictionary<string, double>();
        PassageCount = Math.Max(1, passageCount);

        _byLength = frequency.Keys.Where(k => !IndexText.IsPair(k)).GroupBy(k => k.Length).ToDictionary(g => g.Key, g => g.ToList());
        MaxIdf = Idf(0);
    }

    public static Vocabulary Empty { get; } = new(new Dictionary<string, int>(), 0);

    public long PassageCount { get; }

    /// <summary>How many terms (syllables and pairs) the index holds.</summary>
    public int Count => _frequency.Count;

    /// <summary>Every term with its document frequency.</summary>
    public IEnumerable<KeyValuePair<string, int>> Entries => _frequency;

    /// <summary>The IDF of a syllable never seen: what an unknown word costs a passage that lacks it.</summary>
    public double MaxIdf { get; }

    /// <summary>
    /// True once the index has changed since these counts were taken and they are being re-counted in the background
    /// (<see cref="VocabularyCache"/>, large indexes only): a term they lack may be in a passage added since.
    /// </summary>
    public bool IsBehindIndex => Volatile.Read(ref _behindIndex);

    public bool Contains(string term) => _frequency.ContainsKey(term);

    /// <summary>
    /// Whether the index writes the folded words as they stand: the syllable, or every pair of adjacent syllables.
    /// </summary>
    public static bool Writes(Vocabulary vocabulary, IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        ArgumentNullException.ThrowIfNull(words);
        return words.Count == 1
            ? vocabulary.Contains(words[0])
            : Enumerable.Range(0, words.Count - 1).All(k => vocabulary.Contains(DanVan.Core.Text.IndexText.Pair(words[k], words[k + 1])));
    }

    public int Frequency(string term) => _frequency.GetValueOrDefault(term);

    /// <summary>BM25-style inverse document frequency.</summary>
    public double Idf(string term) => Idf(Frequency(term));

    /// <summary>Share of passages containing the term.</summary>
    public double Ratio(string term) => (double)Frequency(term) / PassageCount;

    /// <summary>
    /// How surely a folded syllable names one word in this index: the chance that two of its uses (counted per passage)
    /// are written alike, the sum of its forms' squared shares, one unseen use counted beside them (see
    /// <see cref="SpellingCertainties"/>). Near 1 for a syllable written one way in many passages ("lop": lớp), about
    /// 0.3 for "doi" (đội, đổi, đời, đôi, dõi). A syllable typed without diacritics matches by this much.
    /// </summary>
    public double SpellingCertainty(string folded) => _certainty.GetValueOrDefault(folded, 1.0);

    /// <summary>
    /// For a folded syllable that may be a stop word ("co": có, "may": mấy, "chu": chứ), the share of its uses in the
    /// index (per passage) written as one, one unseen use counted as the stop word: "co" ≈ 0.5 (có beside cơ), "chu"
    /// ≈ 0.1 (mostly chủ), 1 for a syllable the index never writes ("may" when no passage has máy or mấy).
    /// </summary>
    public double FunctionShare(string folded) => _functionShare.GetValueOrDefault(folded, 1.0);

    /// <summary>
    /// False only when the index is known never to write the syllable so ("tưng" where it writes "từng" and "tung"):
    /// a spelling no passage uses. True when the written forms are not known.
    /// </summary>
    public bool Writes(string syllable, string folded) => _spellings is null || _spellings.Contains(VietnameseText.SpellingKey(syllable, folded));

    /// <summary>The closest known syllable within one edit (two for long words), preferring frequent ones; null when none.</summary>
    public string? Correct(string term)
    {
        if (term.Length < 3 || term.All(char.IsDigit))
        {
            return null;
        }

        var maxDistance = term.Length >= 7 ? 2 : 1;
        string? best = null;
        var bestDistance = int.MaxValue;
        var bestFrequency = 0;
        for (var length = term.Length - maxDistance; length <= term.Length + maxDistance; length++)
        {
            if (!_byLength.TryGetValue(length, out var candidates))
            {
                continue;
            }

            foreach (var candidate in candidates)
            {
                var distance = EditDistance.Damerau(term, candidate, maxDistance);
                if (distance > maxDistance)
                {
                    continue;
                }

                var frequency = _frequency[candidate];
                if (distance < bestDistance || (distance == bestDistance && frequency > bestFrequency))
                {
                    best = candidate;
                    bestDistance = distance;
                    bestFrequency = frequency;
                }
            }
        }

        return best;
    }

    /// <summary>Marks the counts as older than the index (see <see cref="IsBehindIndex"/>); a reloaded vocabulary is a new instance.</summary>
    internal void MarkBehindIndex() => Volatile.Write(ref _behindIndex, true);

    private double Idf(int frequency) => Math.Log(1 + ((PassageCount - frequency + 0.5) / (frequency + 0.5)));
}
