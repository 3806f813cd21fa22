namespace DanVan.Core.Text;

/// <summary>Vietnam's provinces and centrally-run cities (the 63 in use until mid-2025, which the materials name), and the newspapers that imply them.</summary>
public static class Provinces
{
    public static readonly IReadOnlyList<string> Names =
    [
        "An Giang", "Bà Rịa - Vũng Tàu", "Bắc Giang", "Bắc Kạn", "Bạc Liêu", "Bắc Ninh", "Bến Tre", "Bình Định", "Bình Dương",
        "Bình Phước", "Bình Thuận", "Cà Mau", "Cần Thơ", "Cao Bằng", "Đà Nẵng", "Đắk Lắk", "Đắk Nông", "Điện Biên",
        "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam", "Hà Nội", "Hà Tĩnh", "Hải Dương", "Hải Phòng",
        "Hậu Giang", "Hòa Bình", "Hưng Yên", "Khánh Hòa", "Kiên Giang", "Kon Tum", "Lai Châu", "Lâm Đồng", "Lạng Sơn",
        "Lào Cai", "Long An", "Nam Định", "Nghệ An", "Ninh Bình", "Ninh Thuận", "Phú Thọ", "Phú Yên", "Quảng Bình",
        "Quảng Nam", "Quảng Ngãi", "Quảng Ninh", "Quảng Trị", "Sóc Trăng", "Sơn La", "Tây Ninh", "Thái Bình",
        "Thái Nguyên", "Thanh Hóa", "Thừa Thiên Huế", "Tiền Giang", "TP. Hồ Chí Minh", "Trà Vinh", "Tuyên Quang",
        "Vĩnh Long", "Vĩnh Phúc", "Yên Bái",
    ];

    private static readonly HashSet<string> CentralCities = ["Hà Nội", "Hải Phòng", "Đà Nẵng", "Cần Thơ"];

    // Newspaper short names that do not spell the province out.
    private static readonly Dictionary<string, string> PaperTags = new(StringComparer.OrdinalIgnoreCase)
    {
        ["CMO"] = "Cà Mau",
        ["HNM"] = "Hà Nội",
        ["SGGP"] = "TP. Hồ Chí Minh",
        ["QTV"] = "Quảng Trị",
        ["BNA"] = "Nghệ An",
        ["BĐT"] = "Đồng Tháp",
    };

    private static readonly (string Name, string[] Tokens, string Compact)[] Folded =
        Names.Select(n => (n, Tokenizer.Tokenize(n.Replace("TP. ", string.Empty, StringComparison.Ordinal)).ToArray(),
            string.Concat(Tokenizer.Tokenize(n.Replace("TP. ", string.Empty, StringComparison.Ordinal))))).ToArray();

    // Each name's syllables as written (lower case), in the order of its folded tokens.
    private static readonly Dictionary<string, string[]> Written = Names.ToDictionary(n => n,
        n => Tokenizer.TokenizeTyped(n.Replace("TP. ", string.Empty, StringComparison.Ordinal)).Select(t => t.Typed).ToArray(), StringComparer.Ordinal);

    /// <summary>The province a newspaper or source string names, e.g. "Baonghean.vn" → Nghệ An, "CMO" → Cà Mau.</summary>
    public static string? FromSource(string? source)
    {
        if (string.IsNullOrWhiteSpace(source))
        {
            return null;
        }

        foreach (var (tag, province) in PaperTags)
        {
            if (Tokenizer.Tokenize(source).Contains(VietnameseText.Fold(tag)))
            {
                return province;
            }
        }

        // Domain names glue the words: "baobinhphuoc.com.vn", "Baonghean.vn". Prefer the longest match ("Hà Nam" vs "Nam Định").
        var compact = string.Concat(Tokenizer.Tokenize(source));
        return Folded.Where(p => compact.Contains(p.Compact, StringComparison.Ordinal))
            .OrderByDescending(p => p.Compact.Length)
            .Select(p => p.Name)
            .FirstOrDefault();
    }

    /// <summary>
    /// Provinces named in a folded token list (whole syllables), in order of first mention. Names are read left to right,
    /// the longest at each place, and do not overlap: "Tuyên Quang năm 2023" names Tuyên Quang, not also Quảng Nam.
    /// </summary>
    public static IReadOnlyList<string> Mentioned(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var found = new List<string>();
        foreach (var (name, _, _) in Scan(tokens, 0))
        {
            if (!found.Contains(name))
            {
                found.Add(name);
            }
        }

        return found;
    }

    /// <summary>
    /// Provinces named in a question's syllables, read as <see cref="Mentioned(IReadOnlyList{string})"/> reads folded
    /// ones, except that a syllable typed with a vowel's mark the name lacks is not of the name ("Đông Hà năm 2023"
    /// names no Hà Nam) and a name takes no syllable <paramref name="outside"/> places out of any name (by index).
    /// </summary>
    public static IReadOnlyList<string> Mentioned(IReadOnlyList<QueryToken> tokens, Func<int, bool>? outside = null)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var found = new List<string>();
        foreach (var (name, _, _) in Scan(tokens.Select(t => t.Folded).ToList(), 0, Fits(tokens, outside)))
        {
            if (!found.Contains(name))
            {
                found.Add(name);
            }
        }

        return found;
    }

    /// <summary>Whether each syllable is part of a province's name, read as <see cref="Mentioned(IReadOnlyList{QueryToken}, Func{int, bool})"/> reads them.</summary>
    public static bool[] InNames(IReadOnlyList<QueryToken> tokens, Func<int, bool>? outside = null)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var inName = new bool[tokens.Count];
        foreach (var (_, at, length) in Scan(tokens.Select(t => t.Folded).ToList(), 0, Fits(tokens, outside)))
        {
            Array.Fill(inName, true, (int)at, length);
        }

        return inName;
    }

    // Whether the syllable at a place may be the given syllable of a name: one that folds alike and carries no mark of a
    // vowel's quality the name's syllable lacks ("năm" is not Nam: a breve; a tone typed otherwise or left out, as
    // typos do, "Bình Phươc", "Quãng Trị", still fits).
    private static Func<int, string, bool> Fits(IReadOnlyList<QueryToken> tokens, Func<int, bool>? outside) =>
        (at, written) => !(outside?.Invoke(at) ?? false) && QualityMarks.All(m => Count(tokens[at].Typed, m) <= Count(written, m));

    // Breve, circumflex, horn: the marks that make another vowel (ă, â, ê, ô, ơ, ư), not a tone.
    private static readonly char[] QualityMarks = ['\u0306', '\u0302', '\u031B'];

    private static int Count(string syllable, char mark) => syllable.Normalize(System.Text.NormalizationForm.FormD).Count(c => c == mark);

    /// <summary>Whether each folded token is part of a province's name (read as <see cref="Mentioned"/> reads them).</summary>
    public static bool[] InNames(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var inName = new bool[tokens.Count];
        foreach (var (_, at, length) in Scan(tokens, 0))
        {
            Array.Fill(inName, true, (int)at, length);
        }

        return inName;
    }

    /// <summary>
    /// The tokens with a province name typed with one slip corrected ("Ninh Bìn", "Quang Tri" is fine already,
    /// "Tuyen Quan"): the first syllable must be exact and the whole name within one edit, so only names of at least
    /// seven letters are corrected and a different province is never reached (names one edit apart stay as typed). A
    /// syllable the correction would change that is a function word as typed ("nào", "gì") is meant, not a slip.
    /// </summary>
    public static List<QueryToken> CorrectTypos(List<QueryToken> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var folded = tokens.Select(t => t.Folded).ToList();
        if (Mentioned(folded).Count > 0)
        {
            return tokens;
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            foreach (var (_, provinceTokens, compact) in Folded)
            {
                var length = provinceTokens.Length;
                if (compact.Length < 7 || i + length > tokens.Count || folded[i] != provinceTokens[0])
                {
                    continue;
                }

                // A function word is typed as meant, not as a slip of a name's syllable ("hội đồng nào" is no Đồng Nai).
                var typed = string.Concat(folded.Skip(i).Take(length));
                if (EditDistance.Damerau(typed, compact, 1) == 1 && !Folded.Any(p => p.Compact == typed)
                    && !Enumerable.Range(i, length).Any(k => folded[k] != provinceTokens[k - i] && StopWords.IsStopWord(tokens[k].Typed, folded[k])))
                {
                    var corrected = new List<QueryToken>(tokens);
                    corrected.RemoveRange(i, length);
                    corrected.InsertRange(i, provinceTokens.Select(t => new QueryToken(t, t)));
                    return corrected;
                }
            }
        }

        return tokens;
    }

    /// <summary>Folded syllables of a province name ("Bà Rịa - Vũng Tàu" → ba ria vung tau).</summary>
    public static IReadOnlyList<string> FoldedTokens(string name) =>
        Folded.FirstOrDefault(p => p.Name == name).Tokens ?? Tokenizer.Tokenize(name).ToArray();

    /// <summary>The province named most often in the text (whole syllables; ties: the one named first), or null.</summary>
    public static string? MostMentioned(string? text) => string.IsNullOrWhiteSpace(text) ? null : MostMentioned([text]);

    /// <summary>
    /// The province named most often across <paramref name="texts"/>, read as one text in order (ties: the one named
    /// first), or null. Texts are tokenized one at a time, so a giant document given in pieces never holds all its
    /// tokens at once; each syllable is looked up once, so the cost is linear in the text, not one scan per province.
    /// </summary>
    public static string? MostMentioned(IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var counts = new Dictionary<string, (int Count, long First)>(StringComparer.Ordinal);
        long offset = 0;
        foreach (var text in texts)
        {
            var tokens = Tokenizer.Tokenize(text);
            Count(tokens, offset, counts);
            offset += tokens.Count;
        }

        string? best = null;
        (int Count, long First) top = (0, long.MaxValue);
        foreach (var (name, (count, first)) in counts)
        {
            if (count > top.Count || (count == top.Count && first < top.First))
            {
                (best, top) = (name, (count, first));
            }
        }

        return best;
    }

    private static void Count(List<string> tokens, long offset, Dictionary<string, (int Count, long First)> counts)
    {
        foreach (var (name, at, _) in Scan(tokens, offset))
        {
            counts[name] = counts.TryGetValue(name, out var seen) ? (seen.Count + 1, seen.First) : (1, at);
        }
    }

    // Every name in the tokens with its position (plus offset): at each place the longest name that starts there, and
    // the scan goes on after it, so a name's last syllable never starts another ("tuyen quang nam" is not Quảng Nam).
    private static IEnumerable<(string Name, long At, int Length)> Scan(IReadOnlyList<string> tokens, long offset, Func<int, string, bool>? fits = null)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!ByFirstToken.Value.TryGetValue(tokens[i], out var candidates))
            {
                continue;
            }

            (string Name, string[] Tokens)? best = null;
            foreach (var candidate in candidates)
            {
                if ((best is null || candidate.Tokens.Length > best.Value.Tokens.Length) && StartsAt(tokens, i, candidate.Tokens)
                    && (fits is null || Enumerable.Range(0, candidate.Tokens.Length).All(k => fits(i + k, Written[candidate.Name][k]))))
                {
                    best = candidate;
                }
            }

            if (best is { } found)
            {
                yield return (found.Name, offset + i, found.Tokens.Length);
                i += found.Tokens.Length - 1;
            }
        }
    }

    private static bool StartsAt(IReadOnlyList<string> tokens, int at, string[] name)
    {
        if (at + name.Length > tokens.Count)
        {
            return false;
        }

        for (var k = 1; k < name.Length; k++)
        {
            if (tokens[at + k] != name[k])
            {
                return false;
            }
        }

        return true;
    }

    private static readonly Lazy<Dictionary<string, (string Name, string[] Tokens)[]>> ByFirstToken = new(() => Folded
        .Where(p => p.Tokens.Length > 0)
        .GroupBy(p => p.Tokens[0], StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Select(p => (p.Name, p.Tokens)).ToArray(), StringComparer.Ordinal));

    /// <summary>A province's name written as a place: "tỉnh Hà Nam", "thành phố Cần Thơ", "thành phố Hồ Chí Minh".</summary>
    public static string AsPlace(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.StartsWith("TP. ", StringComparison.Ordinal) ? "thành phố " + name[4..]
            : CentralCities.Contains(name) ? "thành phố " + name
            : "tỉnh " + name;
    }
}
