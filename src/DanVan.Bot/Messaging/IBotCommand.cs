using System.Globalization;
using Telegram.Bot.Types;
using Telegram.Bot.Types.ReplyMarkups;

namespace DanVan.Bot.Messaging;

/// <summary>
/// One slash command. Features register implementations in DI; the update handler dispatches by <see cref="Name"/>,
/// checks <see cref="AdminOnly"/> against Bot:AdminUserIds, and registers descriptions with setMyCommands.
/// </summary>
public interface IBotCommand
{
    /// <summary>Command name without the slash, lower case (e.g. "courses").</summary>
    string Name { get; }

    /// <summary>Vietnamese description shown in Telegram's command menu.</summary>
    string Description { get; }

    /// <summary>Only bot admins may run it (and it is registered in the admins' command scope only).</summary>
    bool AdminOnly { get; }

    Task HandleAsync(CommandContext context, CancellationToken cancellationToken);
}

/// <summary>
/// What a command handler gets: the message, the text after the command (with @BotName removed), whether the sender is a
/// bot admin, and a way to reply. <see cref="ReplyHtmlAsync"/> takes Telegram HTML (escape user and document text with
/// <see cref="Replies.TelegramHtml.Escape"/>), replies to the command's message with link previews off, splits text over
/// 4096 characters, falls back to plain text if Telegram cannot parse it, and puts the keyboard on the last part.
/// </summary>
public sealed record CommandContext(
    Message Message,
    string Arguments,
    bool IsAdmin,
    Func<string, InlineKeyboardMarkup?, CancellationToken, Task> ReplyHtmlAsync)
{
    /// <summary>The optional count typed after a command ("/stats 7"): capped at <paramref name="max"/>; <paramref name="fallback"/> when absent or not a positive number.</summary>
    public int CountArgument(int fallback, int max) =>
        int.TryParse(Arguments.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? Math.Min(n, max) : fallback;
}

/// <summary>
/// Handles inline keyboard callbacks whose data starts with <see cref="Prefix"/> (e.g. "course:"). The handler answers
/// the query itself (ITelegramBotClient.AnswerCallbackQuery); if it throws, the update handler answers it with an error.
/// </summary>
public interface ICallbackHandler
{
    string Prefix { get; }

    Task HandleAsync(CallbackQuery query, bool isAdmin, CancellationToken cancellationToken);
}
