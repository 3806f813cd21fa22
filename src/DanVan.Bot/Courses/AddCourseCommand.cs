using DanVan.Bot.Messaging;
using DanVan.Bot.Messaging.Replies;
using DanVan.Core.Courses;

namespace DanVan.Bot.Courses;

/// <summary>/addcourse YYYY-MM-DD[..YYYY-MM-DD] | Tiêu đề | Địa điểm (bot admins).</summary>
internal sealed class AddCourseCommand(CourseStore courses) : IBotCommand
{
    private const string Example = "/addcourse 2026-11-24..2026-11-26 | Lớp bồi dưỡng nghiệp vụ công tác dân vận | Hội trường Tỉnh ủy";

    public string Name => "addcourse";

    public string Description => "Thêm lớp học: /addcourse 2026-11-24..2026-11-26 | Tiêu đề | Địa điểm";

    public bool AdminOnly => true;

    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.IsAdmin)
        {
            await context.ReplyHtmlAsync("Chỉ quản trị viên của bot mới thêm lớp học được.", null, cancellationToken);
            return;
        }

        var origin = $"telegram:{context.Message.From?.Id ?? context.Message.Chat.Id}";
        if (!CourseInput.TryParseAddCommand(context.Arguments, origin, out var course, out var error))
        {
            await context.ReplyHtmlAsync(
                $"⚠️ Chưa thêm được lớp học. {TelegramHtml.Escape(error)}\n\nVí dụ:\n<code>{TelegramHtml.Escape(Example)}</code>\n" +
                "Ngày viết dạng YYYY-MM-DD hoặc dd/mm/yyyy; địa điểm có thể bỏ trống.",
                null, cancellationToken);
            return;
        }

        var result = await courses.AddAsync(course!, cancellationToken);
        var heading = result.Created
            ? $"✅ Đã thêm lớp học #{result.Course.Id}:"
            : $"Lớp học này đã có trong lịch (#{result.Course.Id}), không thêm lần nữa:";
        await context.ReplyHtmlAsync($"{heading}\n{DigestHtmlFormatter.Describe(result.Course)}", null, cancellationToken);
    }
}
