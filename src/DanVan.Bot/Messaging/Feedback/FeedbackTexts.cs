using System.Globalization;
using System.Text;
using DanVan.Bot.Messaging.Replies;
using DanVan.Core.Questions;

namespace DanVan.Bot.Messaging.Feedback;

/// <summary>The Vietnamese texts of feedback toasts, /unanswered and /stats (Telegram HTML, user text escaped).</summary>
internal static class FeedbackTexts
{
    public const string StaleButton = "Nút này không còn dùng được.";

    public const string NoUnanswered = "Chưa có câu hỏi nào mà tài liệu không trả lời được. 👍";

    public static string Toast(VoteChange change, int vote) => (change, vote > 0) switch
    {
        (VoteChange.NotFound, _) => "Câu hỏi này đã quá thời hạn lưu nên không ghi nhận đánh giá được.",
        (VoteChange.Added, true) => "Cảm ơn bạn đã đánh giá 👍!",
        (VoteChange.Added, false) => "Cảm ơn bạn! Quản trị viên sẽ xem để bổ sung tài liệu.",
        (VoteChange.Changed, true) => "Đã đổi đánh giá của bạn thành 👍.",
        (VoteChange.Changed, false) => "Đã đổi đánh giá của bạn thành 👎.",
        (_, true) => "Bạn đã đánh giá 👍 câu trả lời này rồi.",
        (_, false) => "Bạn đã đánh giá 👎 câu trả lời này rồi.",
    };

    public static string Unanswered(IReadOnlyList<UnansweredGroup> groups, TimeZoneInfo zone)
    {
        var text = new StringBuilder("❓ <b>Câu hỏi tài liệu chưa trả lời được</b> (gộp các câu hỏi cùng một điều; hỏi nhiều nhất trước)\n");
        for (var i = 0; i < groups.Count; i++)
        {
            var group = groups[i];
            var last = TimeZoneInfo.ConvertTime(group.LastAsked, zone).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
            text.Append(CultureInfo.InvariantCulture, $"\n{i + 1}. <i>{TelegramHtml.Escape(group.Example)}</i> — {group.Count} lần, lần cuối {last}");
            var reasons = new List<string>();
            if (group.Declined > 0)
            {
                reasons.Add($"{group.Declined} không có trong tài liệu");
            }

            if (group.DownVoted > 0)
            {
                reasons.Add($"{group.DownVoted} bị đánh giá 👎");
            }

            text.Append(" (").Append(string.Join(", ", reasons)).Append(')');
            if (group.MissingDocument)
            {
                text.Append("\n   Tài liệu còn thiếu: ").Append(TelegramHtml.Escape(group.Key));
            }
        }

        return text.Append("\n\nGửi tài liệu trả lời các câu này cho bot (hoặc dùng lệnh ingest) để bổ sung kho.").ToString();
    }

    public static string Stats(UsageReport report, int days, string zoneLabel)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"📊 <b>Thống kê {days} ngày</b> ({Day(report.From)} – {Day(report.To)}, {zoneLabel})\n");
        text.Append(CultureInfo.InvariantCulture, $"Câu hỏi: <b>{report.Total}</b>\n");
        text.Append(CultureInfo.InvariantCulture, $"• Trả lời được: {report.Answered} ({Percent(report.Share(report.Answered))})\n");
        text.Append(CultureInfo.InvariantCulture, $"• Chỉ có tài liệu liên quan: {report.Related} ({Percent(report.Share(report.Related))})\n");
        text.Append(CultureInfo.InvariantCulture, $"• Không có trong tài liệu: {report.Declined} ({Percent(report.Share(report.Declined))})\n");
        text.Append(CultureInfo.InvariantCulture, $"Đánh giá: 👍 {report.VotesUp} · 👎 {report.VotesDown}\n");
        var busy = report.Days.Where(d => d.Count > 0).TakeLast(7).ToList();
        if (busy.Count > 0)
        {
            text.Append("\n<b>Theo ngày</b> (7 ngày có câu hỏi gần nhất)\n");
            foreach (var day in busy)
            {
                text.Append(CultureInfo.InvariantCulture, $"{Day(day.Day)}: {day.Count}\n");
            }
        }

        if (report.TopDocuments.Count > 0)
        {
            text.Append("\n<b>Tài liệu được trích nhiều nhất</b>\n");
            foreach (var document in report.TopDocuments)
            {
                text.Append(CultureInfo.InvariantCulture, $"#{document.DocumentId} {TelegramHtml.Escape(document.Title)} — {document.Questions} câu hỏi\n");
            }
        }

        return text.ToString().TrimEnd();
    }

    private static string Day(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static string Percent(double share) => (share * 100).ToString("0.0", CultureInfo.InvariantCulture).Replace('.', ',') + " %";
}
