namespace DanVan.Core.Text;

/// <summary>
/// Abbreviations of Vietnamese political and administrative writing, in folded form. Both ways: indexed text gets
/// the expansion next to an unambiguous abbreviation, and a question's abbreviation is searched as its expansion(s),
/// so "CTDV" finds "công tác dân vận" and "Mặt trận Tổ quốc" is found by "MTTQ". Ambiguous short forms ("ND" is
/// nội dung or nhân dân) are expanded in questions only, to every reading.
/// </summary>
public static class Abbreviations
{
    /// <summary>Unambiguous abbreviation (one or more folded tokens, space-separated) → folded expansion.</summary>
    public static readonly IReadOnlyDictionary<string, string> Map = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ctdv"] = "cong tac dan van",
        ["ctdvcq"] = "cong tac dan van chinh quyen",
        ["dvcq"] = "dan van chinh quyen",
        ["dvk"] = "dan van kheo",
        ["mttq"] = "mat tran to quoc",
        ["ubmttq"] = "uy ban mat tran to quoc",
        ["qcdc"] = "quy che dan chu",
        ["qcdccs"] = "quy che dan chu co so",
        ["ubnd"] = "uy ban nhan dan",
        ["hdnd"] = "hoi dong nhan dan",
        ["bch"] = "ban chap hanh",
        ["btv"] = "ban thuong vu",
        ["bdv"] = "ban dan van",
        ["bdvtu"] = "ban dan van tinh uy",
        ["bdvtw"] = "ban dan van trung uong",
        ["bcd"] = "ban chi dao",
        ["tw"] = "trung uong",
        ["tuv"] = "tinh uy vien",
        ["uvtw"] = "uy vien trung uong",
        ["cbccvc"] = "can bo cong chuc vien chuc",
        ["cbcc"] = "can bo cong chuc",
        ["ccvc"] = "cong chuc vien chuc",
        ["cbdv"] = "can bo dang vien",
        ["nq"] = "nghi quyet",
        ["ttg"] = "thu tuong",
        ["kt xh"] = "kinh te xa hoi",
        ["ktxh"] = "kinh te xa hoi",
        ["ct xh"] = "chinh tri xa hoi",
        ["tcct xh"] = "to chuc chinh tri xa hoi",
        ["htct"] = "he thong chinh tri",
        ["dtts"] = "dan toc thieu so",
        ["hccb"] = "hoi cuu chien binh",
        ["lhpn"] = "lien hiep phu nu",
        ["hlhpn"] = "hoi lien hiep phu nu",
        ["ldld"] = "lien doan lao dong",
        ["tncs"] = "thanh nien cong san",
        ["ubkt"] = "uy ban kiem tra",
        ["hvctqg"] = "hoc vien chinh tri quoc gia",
        ["txct"] = "tiep xuc cu tri",
        ["thdc"] = "thuc hien dan chu",
        ["pct"] = "pho chu tich",
        ["pbt"] = "pho bi thu",
        ["bt"] = "bi thu",
        ["xdd"] = "xay dung dang",
        ["hvct"] = "hoc vien chinh tri",
        ["tp"] = "thanh pho",
        ["hcm"] = "ho chi minh",
        ["vn"] = "viet nam",
    };

    /// <summary>Short forms with several readings: expanded in questions to all of them, never in indexed text.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> QueryOnly = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["dv"] = ["dan van"],
        ["bd"] = ["boi duong"],
        ["th"] = ["tap huan"],
        ["hn"] = ["hoi nghi"],
        ["nd"] = ["noi dung", "nhan dan"],
        ["qc"] = ["quy che"],
        ["cd"] = ["cong dan", "chuyen de"],
        ["xd"] = ["xay dung"],
        ["cq"] = ["chinh quyen", "co quan"],
        ["db"] = ["dai bieu", "dong bao"],
        ["dh"] = ["dai hoi"],
        ["kh"] = ["ke hoach"],
        ["nd cp"] = ["nghi dinh"],
        ["cs"] = ["co so"],
        ["dn"] = ["doanh nghiep"],
        ["cb"] = ["can bo"],
        ["hnd"] = ["hoi nong dan"],
        ["dc"] = ["dong chi"],
        ["d c"] = ["dong chi"],
        ["tu"] = ["tinh uy"],
        ["ct"] = ["chi thi", "chinh tri"],
        ["dtn"] = ["doan thanh nien"],
        ["hs"] = ["hoc sinh"],
        ["cqnn"] = ["co quan nha nuoc"],
        ["hv"] = ["hoc vien"],
        ["mh"] = ["mo hinh"],
        ["bcv"] = ["bao cao vien"],
        ["kntc"] = ["khieu nai to cao"],
        ["bttt"] = ["bi thu thuong truc"],
        ["pbttt"] = ["pho bi thu thuong truc"],
    };

    /// <summary>
    /// True when a token of user text is spelt as abbreviations are: without diacritics, or with only đ ("HĐND", "BCĐ",
    /// "ĐB"), which a word typed with diacritics ("hội", "đảng") never is.
    /// </summary>
    public static bool IsTypedAsAbbreviation(QueryToken token) =>
        token.Typed == token.Folded || (token.Typed.Contains('đ', StringComparison.Ordinal) && token.Typed.Replace('đ', 'd') == token.Folded
            && token.Folded.All(c => !"aeiouy".Contains(c, StringComparison.Ordinal)));

    private static readonly int MaxKeyTokens = Map.Keys.Concat(QueryOnly.Keys).Max(k => k.Count(c => c == ' ') + 1);

    /// <summary>
    /// Expands unambiguous abbreviations in a folded token list, keeping the short form before its expansion (for
    /// indexing). A list without any is returned as it is (most passages; no copy).
    /// </summary>
    public static List<string> Expand(List<string> tokens, bool keepAbbreviation)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        List<string>? result = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            // One look-up rules out nearly every token.
            var (matched, expansion) = IndexedStarts.Contains(tokens[i]) ? Match(tokens, i, Map) : (0, null);
            if (expansion is null)
            {
                result?.Add(tokens[i]);
                continue;
            }

            result ??= new List<string>(tokens.Count + 8);
            if (result.Count == 0)
            {
                result.AddRange(tokens.Take(i));
            }

            if (keepAbbreviation)
            {
                for (var k = 0; k < matched; k++)
                {
                    result.Add(tokens[i + k]);
                }
            }

            result.AddRange(expansion.Split(' '));
            i += matched - 1;
        }

        return result ?? tokens;
    }

    /// <summary>
    /// The readings of an abbreviation starting at <paramref name="index"/> (typed without diacritics), or null;
    /// <paramref name="length"/> says how many tokens it spans.
    /// </summary>
    public static string[]? Readings(IReadOnlyList<string> tokens, int index, out int length)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var (matched, expansion) = Match(tokens, index, Map);
        var (matchedAlt, alternatives) = Match(tokens, index, QueryOnly);
        if (expansion is not null && matched >= matchedAlt)
        {
            length = matched;
            return [expansion];
        }

        length = matchedAlt;
        return alternatives;
    }

    // First tokens of multi-token keys ("kt" of "kt xh"), so most tokens need one dictionary look-up and no allocation.
    private static readonly HashSet<string> MultiTokenStarts = new(
        Map.Keys.Concat(QueryOnly.Keys).Where(k => k.Contains(' ', StringComparison.Ordinal)).Select(k => k[..k.IndexOf(' ', StringComparison.Ordinal)]),
        StringComparer.Ordinal);

    // First tokens of the keys of Map (one-token keys, and the first token of longer ones).
    private static readonly HashSet<string> IndexedStarts = new(
        Map.Keys.Select(k => k.Contains(' ', StringComparison.Ordinal) ? k[..k.IndexOf(' ', StringComparison.Ordinal)] : k), StringComparer.Ordinal);

    private static (int Length, T? Value) Match<T>(IReadOnlyList<string> tokens, int index, IReadOnlyDictionary<string, T> map)
        where T : class
    {
        if (MultiTokenStarts.Contains(tokens[index]))
        {
            for (var n = Math.Min(MaxKeyTokens, tokens.Count - index); n >= 2; n--)
            {
                if (map.TryGetValue(string.Join(' ', tokens.Skip(index).Take(n)), out var value))
                {
                    return (n, value);
                }
            }
        }

        return map.TryGetValue(tokens[index], out var single) ? (1, single) : (0, null);
    }
}
