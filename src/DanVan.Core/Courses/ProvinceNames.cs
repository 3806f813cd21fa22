namespace DanVan.Core.Courses;

/// <summary>
/// Vietnam's provinces and centrally-run cities, used to guess where a course took place when the article names
/// only "Ban Dân vận Tỉnh ủy" and the province appears in its byline or source line. Matching ignores diacritics
/// and their placement ("Thanh Hoá" and "Thanh Hóa").
/// </summary>
internal static class ProvinceNames
{
    private static readonly string[] Cities = ["Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ"];

    private static readonly string[] Provinces =
    [
        "An Giang", "Bà Rịa - Vũng Tàu", "Bắc Giang", "Bắc Kạn", "Bạc Liêu", "Bắc Ninh", "Bến Tre", "Bình Định",
        "Bình Dương", "Bình Phước", "Bình Thuận", "Cà Mau", "Cao Bằng", "Đắk Lắk", "Đắk Nông", "Điện Biên", "Đồng Nai",
        "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam", "Hà Tĩnh", "Hải Dương", "Hậu Giang", "Hòa Bình", "Hưng Yên",
        "Khánh Hòa", "Kiên Giang", "Kon Tum", "Lai Châu", "Lâm Đồng", "Lạng Sơn", "Lào Cai", "Long An", "Nam Định",
        "Nghệ An", "Ninh Bình", "Ninh Thuận", "Phú Thọ", "Phú Yên", "Quảng Bình", "Quảng Nam", "Quảng Ngãi",
        "Quảng Ninh", "Quảng Trị", "Sóc Trăng", "Sơn La", "Tây Ninh", "Thái Bình", "Thái Nguyên", "Thanh Hóa",
        "Thừa Thiên Huế", "Tiền Giang", "Trà Vinh", "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái",
    ];

    /// <summary>
    /// The province or city named most often in <paramref name="text"/> (ties: the one named first), written as a
    /// place ("tỉnh Hà Nam", "thành phố Cần Thơ"), or null when none is named.
    /// </summary>
    public static string? MostMentioned(string text)
    {
        var folded = " " + TextFold.Fold(text) + " ";
        string? best = null;
        var bestCount = 0;
        var bestFirst = int.MaxValue;
        foreach (var name in Cities.Concat(Provinces))
        {
            var needle = " " + TextFold.Fold(name) + " ";
            var count = 0;
            var first = -1;
            for (var at = folded.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(needle, at + 1, StringComparison.Ordinal))
            {
                count++;
                first = first < 0 ? at : first;
            }

            if (count > bestCount || (count == bestCount && count > 0 && first < bestFirst))
            {
                (best, bestCount, bestFirst) = (name, count, first);
            }
        }

        return best is null ? null : (Cities.Contains(best) ? "thành phố " : "tỉnh ") + best;
    }
}
