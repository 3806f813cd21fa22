using System.Globalization;
using DanVan.Bot.Messaging;
using DanVan.Bot.Messaging.Replies;
using DanVan.Core.Courses;

namespace DanVan.Bot.Courses;

/// <summary>/removecourse ID (bot admins). The ids are shown to admins in /courses.</summary>
internal sealed class RemoveCourseCommand(CourseStore courses) : IBotCommand
{
    public string Name => "removecourse";

    public string Description => "Xóa lớp học theo số: /removecourse 12";

    public bool AdminOnly => true;

    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.IsAdmin)
        {
            await context.ReplyHtmlAsync("Chỉ quản trị viên của bot mới xóa lớp học được.", null, cancellationToken);
            return;
        }

        var argument = context.Arguments.Trim().TrimStart('#');
        if (!long.TryParse(argument, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            await context.ReplyHtmlAsync(
                $"⚠️ Cần số của lớp học, ví dụ <code>/removecourse 12</code> (số lớp hiện trong /courses). Nhận được: “{TelegramHtml.Escape(argument)}”.",
                null, cancellationToken);
            return;
        }

        var course = await courses.GetAsync(id, cancellationToken);
        if (course is null || !await courses.RemoveAsync(id, cancellationToken))
        {
            await context.ReplyHtmlAsync($"Không có lớp học #{id}. Gõ /courses để xem số của các lớp.", null, cancellationToken);
            return;
        }

        await context.ReplyHtmlAsync($"🗑 Đã xóa lớp học #{id}:\n{DigestHtmlFormatter.Describe(course)}", null, cancellationToken);
    }
}
