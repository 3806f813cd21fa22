using System.Globalization;
using System.Text.RegularExpressions;
using DanVan.Core.Text;

namespace DanVan.Core.Courses;

/// <summary>
/// Reads the parts of a course announcement sentence: the course's name ("lớp bồi dưỡng nghiệp vụ … năm 2019"),
/// where ("tại Tp Vinh"), for whom ("cho lãnh đạo các sở …") and who organises it ("Ban Dân vận Tỉnh ủy phối hợp với …").
/// Rules, not a parser: each part is null when the sentence does not say it plainly.
/// </summary>
internal static partial class CoursePhrases
{
    private const int MaxTitleLength = 160;
    private const int MaxAudienceLength = 220;

    /// <summary>True when the sentence talks about a course at all.</summary>
    public static bool MentionsCourse(string sentence) => Keyword().IsMatch(sentence);

    /// <summary>True when the sentence says a course is held (organised, opened, taking place), not just mentioned.</summary>
    public static bool SaysHeld(string sentence) => HeldVerb().IsMatch(sentence);

    /// <summary>The course's name with its first letter capitalised, and where in the sentence it starts; null when none.</summary>
    public static (string Title, int Index)? Title(string sentence)
    {
        (string Title, int Index, int Priority)? best = null;
        foreach (Match m in Keyword().Matches(sentence))
        {
            var priority = m.Groups["p1"].Success ? 0 : m.Groups["p2"].Success ? 1 : 2;
            var phrase = PhraseFrom(sentence, m.Index);
            if (best is null || priority < best.Value.Priority
                || (priority == best.Value.Priority && phrase.Length > best.Value.Title.Length))
            {
                best = (phrase, m.Index, priority);
            }
        }

        return best is { } found ? (Capitalize(Shorten(found.Title, MaxTitleLength)), found.Index) : null;
    }

    /// <summary>"tại Hội trường Tỉnh ủy", "tại Tp Vinh": a place that looks like a place; null otherwise.</summary>
    public static string? Location(string sentence)
    {
        foreach (Match m in Place().Matches(sentence))
        {
            var place = CutAt(m.Groups["place"].Value, PlaceEnd()).Trim();
            var words = place.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            if (words is >= 1 and <= 12 && (char.IsUpper(place[0]) || VenueWord().IsMatch(place)))
            {
                return place;
            }
        }

        return null;
    }

    /// <summary>"… cho lãnh đạo các sở, ban, ngành …" after the course's name, to the end of the sentence.</summary>
    public static string? Audience(string sentence, int titleIndex)
    {
        var m = For().Match(sentence, titleIndex);
        return m.Success ? Clean(m.Groups["who"].Value, MaxAudienceLength) : null;
    }

    /// <summary>"Tham dự tập huấn có lãnh đạo, chuyên viên …" in a following sentence.</summary>
    public static string? AttendeesSentence(string sentence)
    {
        var m = Attendees().Match(sentence);
        return m.Success ? Clean(m.Groups["who"].Value, MaxAudienceLength) : null;
    }

    /// <summary>The subject before "tổ chức"/"khai mạc" that precedes the course's name, when it is a capitalised name.</summary>
    public static string? Organiser(string sentence, int titleIndex)
    {
        Match? verb = null;
        foreach (Match m in HeldVerb().Matches(sentence[..titleIndex]))
        {
            verb = m;
        }

        if (verb is null)
        {
            return null;
        }

        var before = sentence[..verb.Index];
        var segment = before[(before.LastIndexOf(',') + 1)..];
        var byAt = segment.LastIndexOf(" do ", StringComparison.Ordinal);
        segment = (byAt >= 0 ? segment[(byAt + 4)..] : segment).Trim();
        segment = TrailingAuxiliary().Replace(segment, string.Empty).Trim();
        var words = segment.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return words is >= 2 and <= 16 && char.IsUpper(segment[0]) && DateMentionFinder.Find(segment).Count == 0 ? segment : null;
    }

    private static string PhraseFrom(string sentence, int start)
    {
        var rest = sentence[start..];
        var searchFrom = 0;
        while (true)
        {
            var end = TitleEnd().Match(rest, searchFrom);
            if (!end.Success)
            {
                return rest.Trim();
            }

            // "(CTDV)" after a name is part of it; "(27 -29/8)" is not.
            if (end.Value == "(" && Abbreviation().IsMatch(rest, end.Index))
            {
                searchFrom = end.Index + 1;
                continue;
            }

            return rest[..end.Index].Trim();
        }
    }

    private static string CutAt(string text, Regex boundary)
    {
        var m = boundary.Match(text);
        return m.Success ? text[..m.Index] : text;
    }

    private static string Clean(string text, int maxLength)
    {
        var cleaned = text.Trim().TrimEnd('.', ';', ',', ' ', '…').Trim();
        return cleaned.Length == 0 ? string.Empty : Shorten(cleaned, maxLength);
    }

    private static string Shorten(string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', maxLength - 1);
        return text[..(cut > maxLength / 2 ? cut : TextCut.BoundaryAtOrBefore(text, maxLength - 1))].TrimEnd(',', ';', ' ') + "…";
    }

    private static string Capitalize(string text) =>
        text.Length == 0 ? text : char.ToUpper(text[0], CultureInfo.InvariantCulture) + text[1..];

    [GeneratedRegex(@"(?<![\p{L}])(?:(?<p1>(?:lớp|khóa|khoá|hội nghị)\s+(?:bồi dưỡng|tập huấn|đào tạo|quán triệt|nghiệp vụ)|lớp học)|(?<p2>tập huấn|bồi dưỡng)|(?<p3>lớp))(?![\p{L}])", RegexOptions.IgnoreCase)]
    private static partial Regex Keyword();

    [GeneratedRegex(@"(?<![\p{L}])(?:tổ chức|khai mạc|khai giảng|mở(?:\s+(?:\d+|các|những|một))?\s+lớp|diễn ra|tiến hành|triệu tập)(?![\p{L}])", RegexOptions.IgnoreCase)]
    private static partial Regex HeldVerb();

    [GeneratedRegex(@"\s+(?:cho|dành cho|tại|do|nhằm|diễn ra|kéo dài|vào\s+(?:ngày|sáng|chiều|tối|lúc)|từ\s+(?:ngày\s+)?\d|trong\s+(?:\d+|hai|ba|bốn|năm)\s+ngày|ngày\s+\d)(?![\p{L}])|[,;:!?""“”]|\.(?:\s|$)|\s+-\s+|\(", RegexOptions.IgnoreCase)]
    private static partial Regex TitleEnd();

    [GeneratedRegex(@"\G\((?:[A-ZĐ]{2,10})\)")]
    private static partial Regex Abbreviation();

    [GeneratedRegex(@"(?<![\p{L}])tại\s+(?<place>[^,;.()]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Place();

    [GeneratedRegex(@"\s+(?:cho|do|nhằm|với|từ|vào|khai mạc|tổ chức|diễn ra)(?![\p{L}])", RegexOptions.IgnoreCase)]
    private static partial Regex PlaceEnd();

    [GeneratedRegex(@"^(?:hội trường|trụ sở|trường|nhà văn hóa|nhà văn hoá|khách sạn|phòng|trung tâm|thành phố|tp|tỉnh|huyện|thị xã|quận|xã|phường)(?![\p{L}])", RegexOptions.IgnoreCase)]
    private static partial Regex VenueWord();

    [GeneratedRegex(@"(?<![\p{L}])(?:dành\s+)?cho\s+(?<who>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex For();

    [GeneratedRegex(@"^(?:Tham\s+dự|Tham\s+gia)\s+(?:[^,.]{0,40}?\s)?có\s+(?!(?:các\s+)?đồng chí|ông|bà)(?<who>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Attendees();

    [GeneratedRegex(@"(?:\s+(?:đã|sẽ|vừa|được|cùng|tổ chức|phối hợp))+$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingAuxiliary();
}
