using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace DanVan.Bot.Tests.TestDoubles;

/// <summary>An editMessageText the bot made through <see cref="FakeTelegramBotClient"/>.</summary>
public sealed record FakeEdit(long ChatId, int MessageId, string Text, ParseMode ParseMode, InlineKeyboardMarkup? ReplyMarkup);
