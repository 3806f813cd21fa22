namespace DanVan.Core.Text;

/// <summary>
/// Words cadres use interchangeably for the same thing in course reports (folded). A question's pair or term is
/// also satisfied by its synonyms: "khai giảng" finds "khai mạc", "người học" finds "học viên".
/// </summary>
public static class Synonyms
{
    private static readonly string[][] Sets =
    [
        ["khai giang", "khai mac"],
        ["be giang", "be mac"],
        ["nguoi hoc", "hoc vien"],
        ["giang vien", "bao cao vien"],
        ["huan luyen", "tap huan"],
        ["dao tao", "boi duong"],
        ["hoi thao", "hoi nghi"],
        ["khoa hoc", "lop hoc", "lop boi duong", "lop tap huan"],
        ["khoa boi duong", "lop boi duong"],
        ["khoa tap huan", "lop tap huan"],
        ["tham gia", "tham du"],
        ["nguoi dan", "nhan dan"],
        ["chinh quyen dia phuong", "chinh quyen co so"],
        ["thi dua dan van kheo", "phong trao dan van kheo"],
        ["nguoi dung dau", "truong ban"],

        // Ways reports and cadres name the same things in course reports and regulations.
        ["nguoi giang", "giang vien", "bao cao vien"],
        ["truyen dat", "trinh bay", "gioi thieu"],
        ["quan triet", "pho bien"],
        ["chuyen de", "bai giang"],
        ["ba con", "nguoi dan", "nhan dan"],
        ["dong bao", "ba con"],
        ["hien dat", "cho dat"],
        ["ngay cong", "gop cong"],
        ["cay so", "km"],
        ["khen thuong", "bieu duong", "tuyen duong"],
        ["giai phap", "bien phap"],
        ["han che", "ton tai"],
        ["chung chi", "chung nhan"],
        ["bai thi", "bai kiem tra"],
        ["truc tuyen", "online"],
        ["tiep dan", "tiep cong dan"],
        ["doi thoai", "tiep xuc"],
        ["hieu luc", "ap dung", "thi hanh"],
    ];

    private static readonly Dictionary<string, string[]> Lookup = Sets
        .SelectMany(set => set.Select(word => (word, others: set.Where(o => o != word).ToArray())))
        .GroupBy(x => x.word)
        .ToDictionary(g => g.Key, g => g.SelectMany(x => x.others).Distinct().ToArray(), StringComparer.Ordinal);

    /// <summary>Synonyms of a folded word or phrase (empty when none).</summary>
    public static IReadOnlyList<string> Of(string folded) => Lookup.GetValueOrDefault(folded) ?? [];
}
