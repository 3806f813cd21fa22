using System.Text;
using System.Text.RegularExpressions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace DanVan.Bot.Messaging.Routing;

/// <summary>
/// Decides whether a message is for the bot. Private chat: every text is a question, commands are commands, any document
/// is an upload. Groups: only /ask (and other commands) for this bot, messages that mention it, replies to its messages,
/// and documents captioned /ingest; everything else is ignored. Entity offsets and lengths are UTF-16 code units, which
/// is what .NET string indices are, so Vietnamese and emoji before a mention do not shift it.
/// </summary>
internal static partial class MessageRouter
{
    public const string IngestCommand = "ingest";

    public static MessageRoute Route(Message message, User bot)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(bot);
        var isPrivate = message.Chat.Type == ChatType.Private;
        if ((!isPrivate && message.Chat.Type is not (ChatType.Group or ChatType.Supergroup)) || message.From is null || message.From.Id == bot.Id)
        {
            return MessageRoute.Ignore;
        }

        var text = message.Text ?? message.Caption ?? "";
        var entities = message.Text is not null ? message.Entities : message.CaptionEntities;
        var command = LeadingCommand(text, entities);
        if (command is { Target: { } target } && !string.Equals(target, bot.Username, StringComparison.OrdinalIgnoreCase))
        {
            return MessageRoute.Ignore;
        }

        if (message.Document is not null)
        {
            return isPrivate || command?.Name == IngestCommand ? MessageRoute.Upload : MessageRoute.Ignore;
        }

        var mentions = BotMentions(text, entities, bot);
        if (command is { } c)
        {
            mentions.RemoveAll(m => m.Offset < c.Length);
            mentions.Add((0, c.Length));
            return new MessageRoute(RouteKind.Command, Clean(RemoveRanges(text, mentions)), c.Name, c.Target is not null);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return MessageRoute.Ignore;
        }

        var repliesToBot = message.ReplyToMessage?.From?.Id == bot.Id;
        return isPrivate || repliesToBot || mentions.Count > 0
            ? new MessageRoute(RouteKind.Question, Clean(RemoveRanges(text, mentions)))
            : MessageRoute.Ignore;
    }

    /// <summary>The bot_command entity at offset 0, split into name and @target.</summary>
    private static (string Name, string? Target, int Length)? LeadingCommand(string text, IReadOnlyList<MessageEntity>? entities)
    {
        int length;
        if (entities is null)
        {
            // Telegram always sends entities; this covers hand-written updates from other Bot API servers.
            var match = CommandPattern().Match(text);
            if (!match.Success)
            {
                return null;
            }

            length = match.Length;
        }
        else
        {
            var entity = entities.FirstOrDefault(e => e.Type == MessageEntityType.BotCommand && e.Offset == 0);
            if (entity is null || entity.Length < 2 || entity.Length > text.Length)
            {
                return null;
            }

            length = entity.Length;
        }

        var token = text[1..length];
        var at = token.IndexOf('@', StringComparison.Ordinal);
        var name = (at < 0 ? token : token[..at]).ToLowerInvariant();
        var target = at < 0 ? null : token[(at + 1)..];
        return (name, target, length);
    }

    private static List<(int Offset, int Length)> BotMentions(string text, IReadOnlyList<MessageEntity>? entities, User bot)
    {
        var ranges = new List<(int, int)>();
        if (entities is null || string.IsNullOrEmpty(bot.Username))
        {
            return ranges;
        }

        var handle = "@" + bot.Username;
        foreach (var entity in entities)
        {
            if (entity.Offset < 0 || entity.Length <= 0 || entity.Offset + entity.Length > text.Length)
            {
                continue;
            }

            var isBot = entity.Type switch
            {
                MessageEntityType.Mention => string.Equals(text.Substring(entity.Offset, entity.Length), handle, StringComparison.OrdinalIgnoreCase),
                MessageEntityType.TextMention => entity.User?.Id == bot.Id,
                _ => false,
            };
            if (isBot)
            {
                ranges.Add((entity.Offset, entity.Length));
            }
        }

        return ranges;
    }

    private static string RemoveRanges(string text, List<(int Offset, int Length)> ranges)
    {
        if (ranges.Count == 0)
        {
            return text;
        }

        var builder = new StringBuilder(text);
        foreach (var (offset, length) in ranges.OrderByDescending(r => r.Offset))
        {
            builder.Remove(offset, length).Insert(offset, ' ');
        }

        return builder.ToString();
    }

    /// <summary>Collapses whitespace and drops punctuation left dangling by a removed mention ("@Bot, cho hỏi…").</summary>
    private static string Clean(string text)
    {
        var collapsed = SpaceBeforePunctuation().Replace(Whitespace().Replace(text, " "), "$1");
        return collapsed.Trim().TrimStart(',', ':', ';', '-', '–', '—', ' ');
    }

    [GeneratedRegex(@"^/[A-Za-z0-9_]{1,32}(@[A-Za-z0-9_]+)?(?=\s|$)")]
    private static partial Regex CommandPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@" ([,;:!?.])")]
    private static partial Regex SpaceBeforePunctuation();
}
