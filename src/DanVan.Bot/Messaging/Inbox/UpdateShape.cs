using System.Text.Json;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace DanVan.Bot.Messaging.Inbox;

/// <summary>
/// Reads a stored update and checks the parts the bot relies on (a message's chat, a callback's sender, a membership
/// change's chat and member). An update that fails here would fail the same way on every try, so it is set aside at once.
/// </summary>
internal static class UpdateShape
{
    /// <summary>The update, or null with the reason it cannot be handled (no message text in the reason).</summary>
    public static Update? TryRead(string payload, out string? problem)
    {
        Update? update;
        try
        {
            update = JsonSerializer.Deserialize<Update>(payload, JsonBotAPI.Options);
        }
        catch (JsonException ex)
        {
            problem = "unreadable JSON at " + (ex.Path ?? "$");
            return null;
        }

        problem = update is null ? "empty update" : Problem(update);
        return problem is null ? update : null;
    }

    /// <summary>The chat whose updates must stay in order; 0 for an update without one.</summary>
    public static long ChatKey(Update update) =>
        update.Message?.Chat?.Id ?? update.CallbackQuery?.Message?.Chat?.Id ?? update.CallbackQuery?.From?.Id ?? update.MyChatMember?.Chat?.Id ?? 0;

    // The library declares these non-nullable, but JSON from outside can leave any of them out.
    private static string? Problem(Update update) => update switch
    {
        { Message: { } message } when message.Chat is null => "message without chat",
        { Message.ReplyToMessage: { } replied } when replied.Chat is null => "replied-to message without chat",
        { CallbackQuery: { } query } when query.From is null || query.Id is null => "callback query without id or sender",
        { CallbackQuery.Message: { } message } when message.Chat is null => "callback query message without chat",
        { MyChatMember: { } member } when member.Chat is null || member.NewChatMember?.User is null => "membership change without chat or member",
        _ => null,
    };
}
