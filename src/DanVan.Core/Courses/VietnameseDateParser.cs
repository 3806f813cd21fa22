using System.Globalization;
using System.Text.RegularExpressions;

namespace DanVan.Core.Courses;

/// <summary>
/// Parses course dates typed by admins (Telegram, CLI, import files): <c>YYYY-MM-DD</c> or <c>dd/mm/yyyy</c>
/// (also <c>dd-mm-yyyy</c> and <c>dd.mm.yyyy</c>), and ranges written <c>START..END</c>. Errors are Vietnamese
/// sentences that say what is wrong and how to write it.
/// </summary>
public static partial class VietnameseDateParser
{
    public const string FormatHint = "YYYY-MM-DD (ví dụ 2026-11-24) hoặc dd/mm/yyyy (ví dụ 24/11/2026)";

    private static readonly string[] RangeSeparators = ["..", "–", "—"];

    /// <summary>Parses one date. On failure <paramref name="error"/> explains why.</summary>
    public static bool TryParseDate(string? text, out DateOnly date, out string? error)
    {
        date = default;
        var trimmed = text?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            error = $"Thiếu ngày. Hãy viết ngày theo dạng {FormatHint}.";
            return false;
        }

        int year, month, day;
        var iso = IsoDate().Match(trimmed);
        var vietnamese = DayFirstDate().Match(trimmed);
        if (iso.Success)
        {
            (year, month, day) = (Number(iso, "y"), Number(iso, "m"), Number(iso, "d"));
        }
        else if (vietnamese.Success)
        {
            (year, month, day) = (Number(vietnamese, "y"), Number(vietnamese, "m"), Number(vietnamese, "d"));
        }
        else
        {
            error = $"Không hiểu ngày “{trimmed}”. Hãy viết theo dạng {FormatHint}.";
            return false;
        }

        if (month is < 1 or > 12)
        {
            error = $"Ngày “{trimmed}” có tháng {month}, nhưng tháng phải từ 1 đến 12.";
            return false;
        }

        if (year is < 2000 or > 2100)
        {
            error = $"Ngày “{trimmed}” có năm {year}; năm phải nằm trong khoảng 2000–2100.";
            return false;
        }

        if (day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            error = $"Ngày “{trimmed}” không tồn tại: tháng {month}/{year} có {DateTime.DaysInMonth(year, month)} ngày.";
            return false;
        }

        date = new DateOnly(year, month, day);
        error = null;
        return true;
    }

    /// <summary>Parses <c>START</c> or <c>START..END</c>; <paramref name="end"/> is null for one day.</summary>
    public static bool TryParseRange(string? text, out DateOnly start, out DateOnly? end, out string? error)
    {
        start = default;
        end = null;
        var trimmed = text?.Trim() ?? string.Empty;
        foreach (var separator in RangeSeparators)
        {
            var at = trimmed.IndexOf(separator, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            if (!TryParseDate(trimmed[..at], out start, out error)
                || !TryParseDate(trimmed[(at + separator.Length)..], out var last, out error))
            {
                error = $"Khoảng ngày “{trimmed}” chưa đúng: {error}";
                return false;
            }

            return TryCombine(start, last, out end, out error);
        }

        return TryParseDate(trimmed, out start, out error);
    }

    /// <summary>Parses a start date and an optional end date given separately (import columns, CLI options).</summary>
    public static bool TryParseStartEnd(string? startText, string? endText, out DateOnly start, out DateOnly? end, out string? error)
    {
        end = null;
        if (!TryParseDate(startText, out start, out error))
        {
            error = $"Ngày bắt đầu: {error}";
            return false;
        }

        if (string.IsNullOrWhiteSpace(endText))
        {
            return true;
        }

        if (!TryParseDate(endText, out var last, out error))
        {
            error = $"Ngày kết thúc: {error}";
            return false;
        }

        return TryCombine(start, last, out end, out error);
    }

    private static bool TryCombine(DateOnly start, DateOnly last, out DateOnly? end, out string? error)
    {
        end = null;
        if (last < start)
        {
            error = $"Ngày kết thúc {VietnameseDateFormat.Numeric(last)} đứng trước ngày bắt đầu {VietnameseDateFormat.Numeric(start)}.";
            return false;
        }

        if (last.DayNumber - start.DayNumber > 366)
        {
            error = "Một lớp học không thể kéo dài quá một năm; hãy kiểm tra lại ngày kết thúc.";
            return false;
        }

        end = last == start ? null : last;
        error = null;
        return true;
    }

    private static int Number(Match match, string group) =>
        int.Parse(match.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})$")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^(?<d>\d{1,2})(?<sep>[/.\-])(?<m>\d{1,2})\k<sep>(?<y>\d{4})$")]
    private static partial Regex DayFirstDate();
}
