using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace DanVan.Core.Text;

/// <summary>
/// The words the search treats specially — abbreviations and stop words — read from data: the shipped
/// <c>Text/words.json</c> (embedded) plus the same keys in an admin's <c>lexicon.local.json</c>. Every entry is folded
/// when read. The tokenizer and query builder use <see cref="Current"/>, which the host sets once at start
/// (<see cref="Use"/>); <see cref="IndexHash"/> goes into the index format, so changed abbreviations rebuild the index.
/// </summary>
public sealed class WordLists
{
    private const string ResourceName = "DanVan.Core.Text.words.json";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private static readonly Lazy<WordLists> ShippedLists = new(() => new WordLists(ReadShipped()));
    private static WordLists? _current;

    private readonly HashSet<string> _stopWords;
    private readonly HashSet<string> _plainStopWords;
    private readonly HashSet<string> _foldedStopWords;
    private readonly HashSet<string> _stopSpellings;

    public WordLists(WordListsData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        // A short form written with Đ whose spelling with D is another entry ("NĐ" nghị định, "ND" nội dung) or a word
        // ("ĐU", "du") is read so only when typed with đ; folded, the key is the entry written with D, or the word.
        var marked = Marked(data);
        Abbreviations = new AbbreviationTable(
            data.Abbreviations.Where(e => !marked.ContainsKey(e.Key)).Select(e => (Key: FoldPhrase(e.Key), Value: FoldPhrase(e.Value))).Where(e => e.Key.Length > 0 && e.Value.Length > 0)
                .GroupBy(e => e.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last().Value, StringComparer.Ordinal),
            data.AmbiguousAbbreviations.Where(e => !marked.ContainsKey(e.Key)).Select(e => (Key: FoldPhrase(e.Key), Values: e.Value.Select(FoldPhrase).Where(v => v.Length > 0).Distinct().ToArray()))
                .Where(e => e.Key.Length > 0 && e.Values.Length > 0)
                .GroupBy(e => e.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last().Values, StringComparer.Ordinal),
            marked.Values.GroupBy(e => e.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last().Readings, StringComparer.Ordinal),
            data.Abbreviations.Select(e => (e.Key, Readings: new[] { e.Value })).Concat(data.AmbiguousAbbreviations.Select(e => (e.Key, Readings: e.Value)))
                .Where(e => !marked.ContainsKey(e.Key) && Tokenizer.Tokenize(e.Key).Count == 1)
                .GroupBy(e => FoldPhrase(e.Key), StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Last().Readings.Select(r => VietnameseText.Normalize(r).Trim()).Where(r => r.Length > 0).ToArray(), StringComparer.Ordinal));
        _stopWords = new HashSet<string>(data.StopWords.Select(w => VietnameseText.Normalize(w).Trim().ToLowerInvariant()), StringComparer.Ordinal);
        _plainStopWords = new HashSet<string>(data.PlainStopWords.Select(FoldPhrase), StringComparer.Ordinal);
        _foldedStopWords = new HashSet<string>(_stopWords.Select(FoldPhrase).Where(f => !_stopWords.Contains(f)), StringComparer.Ordinal);
        _stopSpellings = new HashSet<string>(_stopWords.Where(w => !w.Contains(' ', StringComparison.Ordinal)).Select(w => VietnameseText.SpellingKey(w, VietnameseText.Fold(w))), StringComparer.Ordinal);
        SpokenForms = data.SpokenForms.Select(e => (Key: Spoken(e.Key), Value: VietnameseText.Normalize(e.Value).Trim()))
            .Where(e => e.Key.Length > 0 && e.Value.Length > 0)
            .GroupBy(e => e.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last().Value, StringComparer.Ordinal);
        FoldedSpokenForms = SpokenForms.GroupBy(e => FoldPhrase(e.Key), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);
        LongestSpokenForm = SpokenForms.Keys.Select(k => k.Count(c => c == ' ') + 1).DefaultIfEmpty(0).Max();
        SpokenNumbers = data.SpokenNumbers;
        IndexHash = Hash(Abbreviations.Map);
    }

    /// <summary>The shipped lists alone.</summary>
    public static WordLists Shipped => ShippedLists.Value;

    /// <summary>The lists in use in this process: the shipped ones until the host sets others with <see cref="Use"/>.</summary>
    public static WordLists Current => Volatile.Read(ref _current) ?? Shipped;

    public AbbreviationTable Abbreviations { get; }

    /// <summary>
    /// Chat, colloquial and regional forms of words as typed (lower case, words joined by one space: "ko", "bn", "mấy
    /// ổng", "ở mô") → the standard written words ("không", "bao nhiêu", "họ", "ở đâu"); read by the question's spelling
    /// step (<c>SpokenForms</c> in Retrieval), never by indexing.
    /// </summary>
    public IReadOnlyDictionary<string, string> SpokenForms { get; }

    /// <summary>The same forms keyed by their folded spelling (a form typed without diacritics: "may ong", "o mo").</summary>
    public IReadOnlyDictionary<string, string> FoldedSpokenForms { get; }

    /// <summary>Numbers said in words and the words they follow (read by <c>SpokenNumbers</c> in Retrieval).</summary>
    public SpokenNumberData SpokenNumbers { get; }

    /// <summary>How many words the longest spoken form spans.</summary>
    public int LongestSpokenForm { get; }

    /// <summary>A short hash of what shapes indexed text (the unambiguous abbreviations): part of the index format.</summary>
    public string IndexHash { get; }

    /// <summary>Makes these the lists of this process (set once at start, before anything is indexed or searched).</summary>
    public static WordLists Use(WordLists lists)
    {
        ArgumentNullException.ThrowIfNull(lists);
        Volatile.Write(ref _current, lists);
        return lists;
    }

    /// <summary>
    /// The shipped lists with a local file's entries added (an abbreviation it names replaces the shipped reading); the
    /// shipped ones alone when <paramref name="localPath"/> names no file, or names one that cannot be used (the problem,
    /// with its path, goes to <paramref name="report"/>).
    /// </summary>
    public static WordLists Load(string? localPath, Action<string>? report = null)
    {
        if (LocalDataFile.Read<WordListsData>(localPath, Json, report) is not { } local)
        {
            return Shipped;
        }

        var shipped = ReadShipped();
        return new WordLists(new WordListsData
        {
            Abbreviations = shipped.Abbreviations.Concat(local.Abbreviations).GroupBy(e => e.Key).ToDictionary(g => g.Key, g => g.Last().Value),
            AmbiguousAbbreviations = shipped.AmbiguousAbbreviations.Concat(local.AmbiguousAbbreviations).GroupBy(e => e.Key).ToDictionary(g => g.Key, g => g.Last().Value),
            StopWords = [.. shipped.StopWords, .. local.StopWords],
            PlainStopWords = [.. shipped.PlainStopWords, .. local.PlainStopWords],
            SpokenForms = shipped.SpokenForms.Concat(local.SpokenForms).GroupBy(e => e.Key).ToDictionary(g => g.Key, g => g.Last().Value),
            SpokenNumbers = new SpokenNumberData
            {
                Digits = shipped.SpokenNumbers.Digits.Concat(local.SpokenNumbers.Digits).GroupBy(e => e.Key).ToDictionary(g => g.Key, g => g.Last().Value),
                UnitsOnly = [.. shipped.SpokenNumbers.UnitsOnly, .. local.SpokenNumbers.UnitsOnly],
                PlainOrdinals = [.. shipped.SpokenNumbers.PlainOrdinals, .. local.SpokenNumbers.PlainOrdinals],
                Ten = [.. shipped.SpokenNumbers.Ten, .. local.SpokenNumbers.Ten],
                Tens = [.. shipped.SpokenNumbers.Tens, .. local.SpokenNumbers.Tens],
                Hundred = [.. shipped.SpokenNumbers.Hundred, .. local.SpokenNumbers.Hundred],
                Thousand = [.. shipped.SpokenNumbers.Thousand, .. local.SpokenNumbers.Thousand],
                YearLeads = [.. shipped.SpokenNumbers.YearLeads, .. local.SpokenNumbers.YearLeads],
                OrdinalLeads = [.. shipped.SpokenNumbers.OrdinalLeads, .. local.SpokenNumbers.OrdinalLeads],
                RomanLeads = [.. shipped.SpokenNumbers.RomanLeads, .. local.SpokenNumbers.RomanLeads],
            },
        });
    }

    /// <summary>
    /// True when a word is a function word. Typed with diacritics, the exact word is looked up ("của" is one, "cửa" is
    /// not); typed without, only folded forms that cannot also be a content syllable count ("dang" may be Đảng).
    /// </summary>
    public bool IsStopWord(string typedLower, string folded) =>
        typedLower.Length > 0 && !string.Equals(typedLower, folded, StringComparison.Ordinal)
            ? _stopWords.Contains(typedLower)
            : _plainStopWords.Contains(folded);

    /// <summary>
    /// True when a syllable typed without diacritics may be a stop word written with them ("tai": "tại"); not one the
    /// stop words write without ("trong", which typed plain counts only if it is a plain stop word).
    /// </summary>
    public bool MayBeStopWord(string folded) => _foldedStopWords.Contains(folded);

    /// <summary>True when a syllable of the materials, written as it is (lower-case, with its diacritics), is a stop word ("trong").</summary>
    public bool IsWrittenStopWord(string writtenLower) => _stopWords.Contains(writtenLower);

    /// <summary>True when a written form of a syllable (<see cref="VietnameseText.SpellingKey"/>) is a stop word's: "tại" is, "tài" is not.</summary>
    public bool IsStopSpelling(string spellingKey) => _stopSpellings.Contains(spellingKey);

    private static string FoldPhrase(string text) => string.Join(' ', Tokenizer.Tokenize(text));

    // Raw key → (the key as typed, lower case with đ; its readings as written) of the one-word short forms written with
    // Đ whose folded key some entry writes with D, or is a syllable ("ĐU": Đảng ủy, "du": du lịch).
    private static Dictionary<string, (string Key, string[] Readings)> Marked(WordListsData data)
    {
        var entries = data.Abbreviations.Select(e => (e.Key, Readings: new[] { e.Value }))
            .Concat(data.AmbiguousAbbreviations.Select(e => (e.Key, Readings: e.Value))).ToList();
        var plain = entries.Where(e => !HasD(e.Key)).Select(e => FoldPhrase(e.Key)).ToHashSet(StringComparer.Ordinal);
        return entries.Where(e => HasD(e.Key) && Tokenizer.Tokenize(e.Key).Count == 1 && (plain.Contains(FoldPhrase(e.Key)) || Syllables.IsPossible(FoldPhrase(e.Key))))
            .GroupBy(e => e.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (Key: VietnameseText.Normalize(g.Key).Trim().ToLowerInvariant(),
                Readings: g.Last().Readings.Select(r => VietnameseText.Normalize(r).Trim()).Where(r => r.Length > 0).ToArray()), StringComparer.Ordinal);

        static bool HasD(string key) => key.Contains('đ', StringComparison.Ordinal) || key.Contains('Đ', StringComparison.Ordinal);
    }

    private static string Spoken(string text) =>
        string.Join(' ', VietnameseText.Normalize(text).ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Hash(IReadOnlyDictionary<string, string> map)
    {
        var canonical = string.Join('\n', map.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => e.Key + "=" + e.Value));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)))[..12];
    }

    private static WordListsData ReadShipped()
    {
        using var stream = typeof(WordLists).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The word lists resource {ResourceName} is missing from the build.");
        return JsonSerializer.Deserialize<WordListsData>(stream, Json) ?? throw new InvalidDataException("The shipped word lists are empty.");
    }
}
