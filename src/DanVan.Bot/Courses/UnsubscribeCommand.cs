using DanVan.Bot.Messaging;
using DanVan.Core.Courses;

namespace DanVan.Bot.Courses;

/// <summary>/unsubscribe: stop the daily digest in this chat. In groups only group admins or bot admins may.</summary>
internal sealed class UnsubscribeCommand(SubscriptionStore subscriptions, ChatPermission permission) : IBotCommand
{
    public string Name => "unsubscribe";

    public string Description => "Ngừng nhận bản tin lớp học";

    public bool AdminOnly => false;

    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!await permission.EnsureCanManageDigestAsync(context, cancellationToken))
        {
            return;
        }

        var removed = await subscriptions.UnsubscribeAsync(context.Message.Chat.Id, cancellationToken);
        await context.ReplyHtmlAsync(
            removed
                ? "Đã hủy đăng ký: cuộc trò chuyện này sẽ không nhận bản tin lớp học nữa. Gõ /subscribe nếu muốn nhận lại."
                : "Cuộc trò chuyện này chưa đăng ký nhận bản tin lớp học. Gõ /subscribe để đăng ký.",
            null, cancellationToken);
    }
}
