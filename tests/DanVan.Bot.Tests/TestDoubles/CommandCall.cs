using DanVan.Bot.Messaging;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace DanVan.Bot.Tests.TestDoubles;

/// <summary>A command invocation as the update handler would build it, capturing the replies.</summary>
internal sealed class CommandCall
{
    public CommandCall(string arguments, long chatId = 555, string chatType = "private", long userId = 555, bool isAdmin = false, string? chatTitle = null)
    {
        var message = new Message
        {
            Id = 1,
            Chat = new Chat { Id = chatId, Type = Enum.Parse<ChatType>(chatType, ignoreCase: true), Title = chatTitle },
            From = new User { Id = userId, FirstName = "Lan" },
            Text = arguments,
        };
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
