using DanVan.Bot.Messaging.Api;
using DanVan.Bot.Messaging.Delivery;
using Telegram.Bot.Types.ReplyMarkups;

namespace DanVan.Bot.Messaging.Replies;

/// <summary>
/// How every reply is made: HTML that fits one Telegram message (a longer one is trimmed with a note, never split into
/// a stream of messages), replying to the question, put in the persistent outbox. While an update is being handled
/// the reply joins that update's <see cref="ReplyScope"/> and is stored in the transaction that marks the update
/// handled; otherwise it is stored at once. <see cref="OutboxDispatcher"/> delivers it (link previews off, in order per
/// chat, retried until Telegram accepts it).
/// </summary>
internal sealed class ReplySender
{
    private readonly OutboxStore _outbox;
    private readonly OutboxDispatcher _dispatcher;

    public ReplySender(OutboxStore outbox, OutboxDispatcher dispatcher)
    {
        _outbox = outbox;
        _dispatcher = dispatcher;
    }

    /// <summary>
    /// Queues <paramref name="html"/> for <paramref name="chatId"/>. When <paramref name="followUpQuestion"/> is set, a
    /// reply to the sent message is a follow-up to that question.
    /// </summary>
    public async Task SendHtmlAsync(long chatId, string html, long? replyToMessageId, InlineKeyboardMarkup? markup,
        CancellationToken cancellationToken, string? followUpQuestion = null)
    {
        var text = OneMessage(html);
        if (text is null)
        {
            return;
        }

        await QueueAsync(new OutboxMessage(chatId, text, "HTML", replyToMessageId, markup, followUpQuestion), cancellationToken);
    }

    /// <summary>Queues a message as is (its own parse mode, or none), e.g. a notice to an admin.</summary>
    public async Task QueueAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (!ReplyScope.TryAdd([message]))
        {
            await _outbox.AddAsync([message], cancellationToken);
            _dispatcher.Wake();
        }
    }

    /// <summary>The HTML if it fits one message; else its first part with a note; null when it has no visible text.</summary>
    internal static string? OneMessage(string html, int maxLength = HtmlMessageSplitter.TelegramMaxLength)
    {
        var chunks = HtmlMessageSplitter.Split(html, maxLength);
        return chunks.Count switch
        {
            0 => null,
            1 => chunks[0],
            _ => HtmlMessageSplitter.Split(html, maxLength - BotTexts.ReplyTrimmed.Length - 2)[0] + "\n" + BotTexts.ReplyTrimmed,
        };
    }
}
