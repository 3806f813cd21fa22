using DanVan.Bot.Messaging;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;

namespace DanVan.Bot.Courses;

/// <summary>
/// Who may switch the digest on or off for a chat: anyone in a private chat; in a group, the group's administrators
/// (asked from Telegram with getChatMember) or a bot admin.
/// </summary>
internal sealed partial class ChatPermission(ITelegramBotClient bot, ILogger<ChatPermission> logger)
{
    // Telegram shows messages of anonymous group administrators as sent by this service account; only admins can be anonymous.
    private const long GroupAnonymousBotId = 1087968824;

    /// <summary>True when the sender may subscribe or unsubscribe this chat; otherwise replies why not and returns false.</summary>
    public async Task<bool> EnsureCanManageDigestAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (await RefusalAsync(context, cancellationToken) is not { } refusal)
        {
            return true;
        }

        await context.ReplyHtmlAsync(refusal, null, cancellationToken);
        return false;
    }

    private async Task<string?> RefusalAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var chat = context.Message.Chat;
        if (chat.Type is ChatType.Private or ChatType.Channel || context.IsAdmin || context.Message.From?.Id == GroupAnonymousBotId)
        {
            return null;
        }

        if (context.Message.From is not { } user)
        {
            return NotAdmin;
        }

        try
        {
            var member = await bot.GetChatMember(chat.Id, user.Id, cancellationToken);
            return member.Status is ChatMemberStatus.Creator or ChatMemberStatus.Administrator ? null : NotAdmin;
        }
        catch (RequestException ex)
        {
            LogMemberCheckFailed(ex, chat.Id, user.Id);
            return "Chưa kiểm tra được bạn có phải quản trị viên của nhóm hay không (Telegram báo lỗi). Vui lòng thử lại sau ít phút.";
        }
    }

    private const string NotAdmin =
        "Chỉ quản trị viên của nhóm (hoặc quản trị viên của bot) mới bật hay tắt bản tin lớp học cho nhóm được. " +
        "Bạn có thể nhắn riêng cho bot để tự đăng ký nhận bản tin.";

    [LoggerMessage(Level = LogLevel.Warning, Message = "getChatMember failed for chat {ChatId}, user {UserId}")]
    private partial void LogMemberCheckFailed(Exception exception, long chatId, long userId);
}
