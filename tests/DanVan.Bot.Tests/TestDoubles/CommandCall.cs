using DanVan.Bot.Telegram;
using DanVan.Bot.Telegram.Api;

namespace DanVan.Bot.Tests.TestDoubles;

/// <summary>A command invocation as the update handler would build it, capturing the replies.</summary>
internal sealed class CommandCall
{
    public CommandCall(string arguments, long chatId = 555, string chatType = "private", long userId = 555, bool isAdmin = false, string? chatTitle = null)
    {
        var message = new Message(1, new Chat(chatId, chatType, chatTitle), 0, new User(userId, false, "Lan"), arguments);
        Context = new CommandContext(message, arguments, isAdmin, (text, keyboard, _) =>
        {
            Replies.Add((text, keyboard));
            return Task.CompletedTask;
        });
    }

    public CommandContext Context { get; }

    public List<(string Text, InlineKeyboardMarkup? Keyboard)> Replies { get; } = [];

    public string Reply => Assert.Single(Replies).Text;
}
