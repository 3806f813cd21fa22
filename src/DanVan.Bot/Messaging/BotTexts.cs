using System.Globalization;
using DanVan.Bot.Messaging.Replies;
using DanVan.Core.Answering;
using DanVan.Core.Ingestion.Readers;

namespace DanVan.Bot.Messaging;

/// <summary>
/// Everything the bot says, in Vietnamese, as Telegram HTML. Arguments that come from users or documents are escaped here,
/// so callers pass raw text.
/// </summary>
internal static class BotTexts
{
    public const string Start =
        "Xin chào! Tôi là trợ lý hỏi đáp về <b>công tác dân vận</b>. Tôi chỉ trả lời dựa trên các tài liệu đã được nạp vào kho, "
        + "có ghi số thứ tự nguồn trích dẫn; nếu tài liệu chưa có thông tin, tôi sẽ nói rõ.\n\n"
        + "<b>Cách hỏi</b>\n"
        + "• Trong trò chuyện riêng: gõ câu hỏi của bạn.\n"
        + "• Trong nhóm: gõ /ask kèm câu hỏi, hoặc trả lời (reply) tin nhắn của tôi.\n\n"
        + "Gõ /help để xem các lệnh.";

    public const string HelpHeader = "<b>Các lệnh</b>";

    public const string HelpFooter =
        "Trong nhóm, hãy dùng /ask kèm câu hỏi, ví dụ: <code>/ask " + AnswerTexts.ExampleDate + "</code> "
        + "Muốn hỏi tiếp về một câu trả lời, hãy trả lời (reply) tin nhắn đó của tôi.";

    public const string AskUsagePrivate = "Bạn hãy gõ câu hỏi, ví dụ: <i>" + AnswerTexts.ExampleDate + "</i>";

    public const string AskUsageGroup = "Bạn hãy gõ câu hỏi ngay sau lệnh, ví dụ: <code>/ask " + AnswerTexts.ExampleDate + "</code>";

    public const string AnswerFailed = "Xin lỗi, đã có lỗi khi tìm câu trả lời. Bạn vui lòng thử lại sau ít phút.";

    public const string EmptyAnswer = "Xin lỗi, tôi chưa tìm được câu trả lời cho câu hỏi này.";

    public const string AdminOnly = "Xin lỗi, lệnh này chỉ dành cho quản trị viên của bot.";

    public const string CommandFailed = "Xin lỗi, đã có lỗi khi thực hiện lệnh. Bạn vui lòng thử lại sau.";

    public const string UploadNotAdmin =
        "Cảm ơn bạn đã gửi tài liệu. Tuy nhiên, chỉ quản trị viên của bot mới được thêm tài liệu vào kho, "
        + "nên tệp này chưa được lưu. Bạn vẫn có thể đặt câu hỏi như bình thường.";

    public static readonly string IngestUsage =
        $"Để thêm tài liệu vào kho, hãy gửi tệp (Word, PDF, trang web HTML hoặc văn bản: {DocumentFormats.List}). "
        + "Trong nhóm, gửi tệp kèm chú thích <code>/ingest</code>.";

    public const string DocsEmpty = "Kho tài liệu chưa có tài liệu nào. Gửi tệp cho tôi để thêm.";

    public const string DocsFooter = "Xoá một tài liệu: <code>/remove &lt;số&gt;</code>";

    public const string RemoveUsage = "Cách dùng: <code>/remove &lt;số tài liệu&gt;</code>, ví dụ <code>/remove 12</code>. Xem số tài liệu bằng /docs.";

    public const string GroupWelcome =
        "Xin chào mọi người! Tôi là trợ lý hỏi đáp về công tác dân vận. "
        + "Để hỏi, hãy gõ /ask kèm câu hỏi, hoặc trả lời (reply) tin nhắn của tôi.";

    /// <summary>Follows an answer cut to fit one message (plain text, placed inside &lt;i&gt;).</summary>
    public const string AnswerTrimmed =
        "Câu trả lời dài nên đã được rút gọn; phần còn lại có trong tài liệu nguồn bên dưới. "
        + "Bạn có thể hỏi cụ thể hơn để nhận câu trả lời đầy đủ.";

    /// <summary>Follows any other reply cut to fit one message (e.g. a long list).</summary>
    public const string ReplyTrimmed = "<i>… Danh sách dài nên chỉ hiện phần đầu trong một tin nhắn.</i>";

    /// <summary>To admins, once, when the database cannot be written.</summary>
    public const string StorageFull =
        "⚠️ Bot tạm dừng nhận câu hỏi: không ghi được cơ sở dữ liệu (ổ đĩa đầy hoặc chỉ đọc). "
        + "Câu hỏi mới vẫn được Telegram giữ lại; bot sẽ tự tiếp tục khi ghi được trở lại. Hãy giải phóng dung lượng ổ đĩa của máy chủ.";

    /// <summary>To admins, once, when writing works again.</summary>
    public const string StorageResumed = "✅ Cơ sở dữ liệu đã ghi được trở lại; bot tiếp tục trả lời các câu hỏi đang chờ.";

    /// <summary>Plain text (callback answers have no parse mode).</summary>
    public const string CallbackFailedPlain = "Xin lỗi, đã có lỗi. Bạn vui lòng thử lại.";

    public static string RateLimited(TimeSpan wait) =>
        $"Bạn đang hỏi hơi nhanh. Vui lòng đợi khoảng {Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds))} giây rồi hỏi tiếp.";

    public static string UnknownCommand(string name) =>
        $"Tôi chưa hiểu lệnh /{TelegramHtml.Escape(name)}. Gõ /help để xem các lệnh có thể dùng.";

    public static string UploadTooLarge(string fileName, long? size, long limit) =>
        $"Tệp «{TelegramHtml.Escape(fileName)}»{(size is { } s ? $" ({FormatSize(s)})" : "")} vượt quá giới hạn {FormatSize(limit)} "
        + "nên chưa được thêm. Bạn hãy chia nhỏ tệp, hoặc nhờ người quản trị máy chủ nạp bằng lệnh ingest.";

    public static string UploadAdded(string fileName, string title, int passages) =>
        $"Đã thêm tài liệu «{TelegramHtml.Escape(title)}» (tệp {TelegramHtml.Escape(fileName)}): {passages} đoạn đã được lập chỉ mục. "
        + "Từ giờ có thể hỏi về nội dung này.";

    public static string UploadUpdated(string fileName, string title, int passages) =>
        $"Đã cập nhật tài liệu «{TelegramHtml.Escape(title)}» (tệp {TelegramHtml.Escape(fileName)}): {passages} đoạn đã được lập chỉ mục lại.";

    public static string UploadUnchanged(string fileName, string title) =>
        $"Tài liệu «{TelegramHtml.Escape(title)}» (tệp {TelegramHtml.Escape(fileName)}) đã có trong kho với nội dung y hệt; không có gì thay đổi.";

    public static string UploadFailed(string fileName, string reason) =>
        $"Không thể thêm tệp «{TelegramHtml.Escape(fileName)}»: {TelegramHtml.Escape(reason)}\nKho tài liệu vẫn giữ nguyên như trước.";

    public static string UploadError(string fileName) =>
        $"Xin lỗi, đã có lỗi khi xử lý tệp «{TelegramHtml.Escape(fileName)}». Kho tài liệu vẫn giữ nguyên; bạn vui lòng thử lại sau.";

    public static string DocsHeader(int count) => $"<b>Kho tài liệu</b> ({count} tài liệu):";

    public static string DocsLine(long id, string title, int passages, DateTimeOffset addedAt) =>
        $"#{id} — {TelegramHtml.Escape(title)} · {passages} đoạn · thêm ngày {addedAt.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}";

    public static string Removed(long id) => $"Đã xoá tài liệu #{id} cùng các đoạn của nó khỏi kho.";

    public static string RemoveNotFound(long id) => $"Không có tài liệu #{id}. Xem danh sách bằng /docs.";

    private static string FormatSize(long bytes) => bytes >= 1024 * 1024
        ? (bytes / 1024d / 1024d).ToString("0.#", CultureInfo.GetCultureInfo("vi-VN")) + " MB"
        : Math.Max(1, (long)Math.Ceiling(bytes / 1024d)).ToString(CultureInfo.InvariantCulture) + " KB";
}
