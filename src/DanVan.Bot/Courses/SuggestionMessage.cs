using System.Globalization;
using DanVan.Bot.Messaging.Replies;
using DanVan.Core.Courses;
using DanVan.Core.Text;
using Telegram.Bot.Types.ReplyMarkups;

namespace DanVan.Bot.Courses;

/// <summary>The admin's message about one course suggestion, its Xác nhận / Bỏ qua keyboard and the callback data format.</summary>
internal static class SuggestionMessage
{
    public const string Prefix = "sg:";
    public const string AcceptAction = "a";
    public const string DismissAction = "d";

    private const int MaxEvidenceLength = 300;

    public static string Text(CourseSuggestion suggestion)
    {
        ArgumentNullException.ThrowIfNull(suggestion);
        var dates = suggestion.MonthOnly
            ? $"tháng {suggestion.StartDate.Month}/{suggestion.StartDate.Year} (tài liệu chỉ ghi tháng)"
            : VietnameseDateFormat.FormatRange(suggestion.StartDate, suggestion.EndDate);
        var lines = new List<string> { $"📚 <b>Gợi ý lớp học #{suggestion.Id}</b>" };
        if (suggestion.DocumentTitle is { } document)
        {
            lines.Add($"Từ tài liệu: {TelegramHtml.Escape(document)}");
        }

        lines.Add(string.Empty);
        lines.Add($"<b>{TelegramHtml.Escape(suggestion.Title)}</b>");
        lines.Add($"Thời gian: {dates}");
        Add(lines, "Địa điểm", suggestion.Location);
        Add(lines, "Đối tượng", suggestion.Audience);
        Add(lines, "Đơn vị tổ chức", suggestion.Organiser);
        var evidence = suggestion.Evidence.Length > MaxEvidenceLength ? TextCut.Truncate(suggestion.Evidence, MaxEvidenceLength) + "…" : suggestion.Evidence;
        lines.Add($"<i>“{TelegramHtml.Escape(evidence)}”</i>");
        return string.Join("\n", lines);
    }

    public static string Question(CourseSuggestion suggestion) =>
        Text(suggestion) + "\n\nĐưa lớp này vào lịch? Chưa xác nhận thì lớp không xuất hiện trong /courses hay bản tin.";

    /// <summary>The message after a decision: the suggestion and how it was decided, without buttons.</summary>
    public static string Decided(CourseSuggestion suggestion, Course? course) => Text(suggestion) + "\n\n" + suggestion.Status switch
    {
        SuggestionStatus.Accepted when course is not null => $"✅ Đã xác nhận — lớp học #{course.Id} đã có trong lịch.",
        SuggestionStatus.Accepted => "✅ Đã xác nhận (lớp học sau đó đã bị xóa khỏi lịch).",
        SuggestionStatus.Dismissed => "❌ Đã bỏ qua gợi ý này.",
        _ => "Gợi ý đang chờ xác nhận.",
    };

    public static InlineKeyboardMarkup Keyboard(long suggestionId) => new(new[]
    {
        InlineKeyboardButton.WithCallbackData("✅ Xác nhận", Data(AcceptAction, suggestionId)),
        InlineKeyboardButton.WithCallbackData("Bỏ qua", Data(DismissAction, suggestionId)),
    });

    /// <summary>Parses "sg:a:12" into ("a", 12).</summary>
    public static bool TryParse(string? data, out string action, out long suggestionId)
    {
        action = string.Empty;
        suggestionId = 0;
        var parts = (data ?? string.Empty).Split(':');
        if (parts.Length != 3 || parts[0] + ":" != Prefix || parts[1] is not (AcceptAction or DismissAction)
            || !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out suggestionId))
        {
            return false;
        }

        action = parts[1];
        return true;
    }

    private static string Data(string action, long id) => $"{Prefix}{action}:{id.ToString(CultureInfo.InvariantCulture)}";

    private static void Add(List<string> lines, string label, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            lines.Add($"{label}: {TelegramHtml.Escape(value)}");
        }
    }
}
