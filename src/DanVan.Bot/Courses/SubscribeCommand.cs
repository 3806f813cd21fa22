using DanVan.Bot.Messaging;
using DanVan.Core.Courses;
using Telegram.Bot.Types.Enums;

namespace DanVan.Bot.Courses;

/// <summary>/subscribe: this chat gets the daily course digest. In groups only group admins or bot admins may.</summary>
internal sealed class SubscribeCommand(SubscriptionStore subscriptions, ChatPermission permission, DigestSchedule schedule) : IBotCommand
{
    public string Name => "subscribe";

    public string Description => "Nhận bản tin lớp học hằng ngày";

    public bool AdminOnly => false;

    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!await permission.EnsureCanManageDigestAsync(context, cancellationToken))
        {
            return;
        }

        var chat = context.Message.Chat;
        var created = await subscriptions.SubscribeAsync(chat.Id, chat.Title ?? chat.Username ?? chat.FirstName, context.Message.From?.Id, cancellationToken);
        var who = chat.Type == ChatType.Private ? "bạn" : "nhóm này";
        var when = $"{schedule.Time:HH\\:mm} ({schedule.ZoneLabel})";
        var text = created
            ? $"✅ Đã đăng ký. Từ lần gửi tới, mỗi ngày lúc {when} {who} sẽ nhận lịch các lớp học đang diễn ra và sắp diễn ra " +
              $"trong {schedule.DaysAhead} ngày tới; ngày nào không có lớp thì bot không gửi tin. Gõ /unsubscribe để ngừng nhận."
            : $"Cuộc trò chuyện này đã đăng ký nhận bản tin từ trước (gửi lúc {when}). Gõ /unsubscribe để ngừng nhận.";
        await context.ReplyHtmlAsync(text, null, cancellationToken);
    }
}
