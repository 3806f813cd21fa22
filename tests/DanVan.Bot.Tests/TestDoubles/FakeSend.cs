using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace DanVan.Bot.Tests.TestDoubles;

/// <summary>A sendMessage the bot made through <see cref="FakeTelegramBotClient"/>, with the chat id as a number.</summary>
public sealed record FakeSend(long ChatId, string Text, ParseMode ParseMode, int? ReplyTo, LinkPreviewOptions? LinkPreviewOptions, InlineKeyboardMarkup? ReplyMarkup);
