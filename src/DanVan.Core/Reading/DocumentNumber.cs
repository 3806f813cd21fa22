using System.Globalization;
using System.Text.RegularExpressions;

namespace DanVan.Core.Reading;

/// <summary>
/// A document's ký hiệu reduced to what identifies it whatever way it is typed: the serial, the year when written
/// (10/2022/QH15), and the folded code runs ("nq tw", "nd cp", "qh 15"). "Số 25-NQ/TW", "25/NQ-TW" and "25 nq tw" are
/// one number; "16/2016/CT-TTg" is "16/CT-TTg" with its year written out.
/// </summary>
internal sealed record DocumentNumber(int Serial, int? Year, string Codes)
{
    private const string Separator = @"[\s./\-]*";

    public static DocumentNumber? Parse(string? text)
    {
        var runs = FoldedPhrase.Runs(text).AsSpan();
        if (runs.Length > 0 && runs[0] == "so")
        {
            runs = runs[1..];
        }

        if (runs.Length < 2 || !int.TryParse(runs[0], NumberStyles.None, CultureInfo.InvariantCulture, out var serial))
        {
            return null;
        }

        int? year = null;
        var rest = runs[1..];
        if (rest[0].Length == 4 && int.TryParse(rest[0], NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is > 1900 and < 2200)
        {
            year = y;
            rest = rest[1..];
        }

        return rest.Length > 0 && char.IsLetter(rest[0][0]) ? new DocumentNumber(serial, year, string.Join(' ', rest.ToArray())) : null;
    }

    /// <summary>The first code run ("nq" of 25-NQ/TW), which cadres also put before the serial ("NQ 25", "NQ25").</summary>
    public string LeadingCode => Codes.Split(' ')[0];

    /// <summary>
    /// Matches this number in <see cref="FoldedPhrase"/> text, with any separators, "số" or not, and the year optional
    /// (group "year", to be compared by <see cref="YearFits"/>).
    /// </summary>
    public Regex ToRegex() => new(
        "(?<![a-z0-9])0*" + Serial.ToString(CultureInfo.InvariantCulture) + Separator
        + @"(?:(?<year>\d{4})" + Separator + ")?"
        + string.Join(Separator, Codes.Split(' ').Select(Regex.Escape)) + "(?![a-z0-9])",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    /// <summary>A year written in the text must be this number's year, when it has one.</summary>
    public bool YearFits(Match match)
    {
        ArgumentNullException.ThrowIfNull(match);
        var written = match.Groups["year"];
        return !written.Success || Year is null || written.Value == Year.Value.ToString(CultureInfo.InvariantCulture);
    }
}
