using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace DanVan.Testing.BotApi;

/// <summary>Chats, messages, files, command menus and webhook state of the fake server.</summary>
public sealed partial class FakeBotApiServer
{
    private readonly Dictionary<long, JsonObject> _chats = [];
    private readonly Dictionary<(long Chat, long Message), JsonObject> _messages = [];
    private readonly Dictionary<long, long> _lastMessageId = [];
    private readonly HashSet<long> _blocked = [];
    private readonly Dictionary<long, long> _migrated = [];
    private readonly Dictionary<string, JsonArray> _commands = [];
    private readonly Dictionary<(long Chat, long User), string> _memberStatus = [];

    public string? WebhookUrl { get; private set; }

    public string? WebhookSecret { get; private set; }

    /// <summary>The allowed_updates of the last setWebhook.</summary>
    public JsonArray? WebhookAllowedUpdates { get; private set; }

    /// <summary>setMyCommands menus by scope: "default", or "chat:{id}".</summary>
    public IReadOnlyDictionary<string, JsonArray> CommandMenus
    {
        get
        {
            lock (_lock)
            {
                return _commands.ToDictionary(kv => kv.Key, kv => (JsonArray)kv.Value.DeepClone());
            }
        }
    }

    public static JsonObject PrivateChat(long userId) => new() { ["id"] = userId, ["type"] = "private", ["first_name"] = "Cán bộ" };

    public static JsonObject GroupChat(long chatId, string type = "supergroup") => new() { ["id"] = chatId, ["type"] = type, ["title"] = "Chi bộ thôn Đông" };

    /// <summary>Makes the chat known (as if the user had started the bot), e.g. an admin's private chat for setMyCommands.</summary>
    public void RegisterChat(JsonObject chat)
    {
        ArgumentNullException.ThrowIfNull(chat);
        lock (_lock)
        {
            _chats[AsLong(chat["id"])] = (JsonObject)chat.DeepClone();
        }
    }

    /// <summary>From now on sendMessage to this chat answers 403 (the user blocked the bot).</summary>
    public void BlockChat(long chatId)
    {
        lock (_lock)
        {
            _blocked.Add(chatId);
        }
    }

    /// <summary>The group became a supergroup: sends to <paramref name="oldChatId"/> answer 400 with migrate_to_chat_id.</summary>
    public void MigrateChat(long oldChatId, long newChatId)
    {
        lock (_lock)
        {
            _migrated[oldChatId] = newChatId;
            if (_chats.TryGetValue(oldChatId, out var chat))
            {
                var moved = (JsonObject)chat.DeepClone();
                moved["id"] = newChatId;
                moved["type"] = "supergroup";
                _chats[newChatId] = moved;
            }
        }
    }

    public void SetMemberStatus(long chatId, long userId, string status)
    {
        lock (_lock)
        {
            _memberStatus[(chatId, userId)] = status;
        }
    }

    private long NextMessageId(long chatId)
    {
        lock (_lock)
        {
            var next = _lastMessageId.GetValueOrDefault(chatId, 100) + 1;
            _lastMessageId[chatId] = next;
            return next;
        }
    }

    private void StoreMessage(JsonObject message)
    {
        if (message["chat"] is not JsonObject)
        {
            // A malformed update (tests of poison updates): nothing to remember for replies.
            return;
        }

        var key = (AsLong(message["chat"]!["id"]), AsLong(message["message_id"]));
        var copy = (JsonObject)message.DeepClone();
        copy.Remove("reply_to_message");
        _messages[key] = copy;
    }

    private JsonObject? FindMessage(long chatId, long messageId)
    {
        lock (_lock)
        {
            return _messages.TryGetValue((chatId, messageId), out var message) ? (JsonObject)message.DeepClone() : null;
        }
    }

    private JsonObject SendMessage(JsonObject p)
    {
        var chatId = LongParameter(p, "chat_id") ?? 0;
        var text = p["text"]?.ToString() ?? "";
        var parseMode = p["parse_mode"]?.ToString();
        var replyTo = p["reply_parameters"] is JsonObject reply ? LongParameter(reply, "message_id") : null;
        var allowWithoutReply = p["reply_parameters"]?["allow_sending_without_reply"]?.GetValue<bool>() == true;
        lock (_lock)
        {
            if (_blocked.Contains(chatId))
            {
                return Error(403, "Forbidden: bot was blocked by the user");
            }

            if (_migrated.TryGetValue(chatId, out var newChatId))
            {
                return Error(400, "Bad Request: group chat was upgraded to a supergroup chat", new JsonObject { ["migrate_to_chat_id"] = newChatId });
            }

            if (!_chats.TryGetValue(chatId, out var chat))
            {
                return Error(400, "Bad Request: chat not found");
            }

            if (ValidateText(text, parseMode, out var plain) is { } invalid)
            {
                return invalid;
            }

            JsonObject? replied = null;
            if (replyTo is { } replyId && !_messages.TryGetValue((chatId, replyId), out replied) && !allowWithoutReply)
            {
                return Error(400, "Bad Request: message to be replied not found");
            }

            var message = new JsonObject
            {
                ["message_id"] = NextMessageId(chatId),
                ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
                ["chat"] = chat.DeepClone(),
                ["from"] = BotUser(),
                ["text"] = plain,
            };
            StoreMessage(message);
            if (replied is not null)
            {
                message["reply_to_message"] = replied.DeepClone();
            }

            _sent.Add(new SentMessage(chatId, AsLong(message["message_id"]), text, plain!, parseMode, replyTo,
                p["link_preview_options"]?["is_disabled"]?.GetValue<bool>() == true, p["reply_markup"]?.ToJsonString()));
            Signal();
            return Ok(message);
        }
    }

    private JsonObject EditMessageText(JsonObject p)
    {
        var chatId = LongParameter(p, "chat_id") ?? 0;
        var messageId = LongParameter(p, "message_id") ?? 0;
        var text = p["text"]?.ToString() ?? "";
        var parseMode = p["parse_mode"]?.ToString();
        lock (_lock)
        {
            if (!_messages.TryGetValue((chatId, messageId), out var message))
            {
                return Error(400, "Bad Request: message to edit not found");
            }

            if (ValidateText(text, parseMode, out var plain) is { } invalid)
            {
                return invalid;
            }

            message["text"] = plain;
            _sent.Add(new SentMessage(chatId, messageId, text, plain!, parseMode, null, false, p["reply_markup"]?.ToJsonString()));
            Signal();
            return Ok(message.DeepClone());
        }
    }

    /// <summary>Telegram's checks on a message text; null when valid. parse_mode is read in any letter case, as Telegram does.</summary>
    private static JsonObject? ValidateText(string text, string? parseMode, out string? plain)
    {
        string? error = null;
        plain = parseMode?.ToUpperInvariant() switch
        {
            null or "" => text,
            "HTML" => FakeTelegramHtml.TryParse(text, out error),
            _ => null,
        };
        if (plain is null)
        {
            return Error(400, "Bad Request: " + (error ?? $"unsupported parse_mode {parseMode}"));
        }

        if (plain.Trim().Length == 0)
        {
            return Error(400, "Bad Request: message text is empty");
        }

        return plain.Length > TelegramMaxMessageLength ? Error(400, "Bad Request: message is too long") : null;
    }

    private JsonObject SetMyCommands(JsonObject p)
    {
        var scope = p["scope"] as JsonObject;
        var type = scope?["type"]?.ToString() ?? "default";
        var key = type == "chat" ? $"chat:{LongParameter(scope!, "chat_id")}" : type;
        lock (_lock)
        {
            if (type == "chat" && !_chats.ContainsKey(LongParameter(scope!, "chat_id") ?? 0))
            {
                return Error(400, "Bad Request: chat not found");
            }

            _commands[key] = p["commands"] as JsonArray is { } commands ? (JsonArray)commands.DeepClone() : [];
            return Ok(true);
        }
    }

    private JsonObject SetWebhook(JsonObject p)
    {
        lock (_lock)
        {
            WebhookUrl = p["url"]?.ToString();
            WebhookSecret = p["secret_token"]?.ToString();
            WebhookAllowedUpdates = p["allowed_updates"]?.DeepClone() as JsonArray;
            return Ok(true);
        }
    }

    private JsonObject DeleteWebhook(JsonObject p)
    {
        lock (_lock)
        {
            WebhookUrl = null;
            WebhookSecret = null;
            if (p["drop_pending_updates"]?.GetValue<bool>() == true)
            {
                _pending.Clear();
            }

            return Ok(true);
        }
    }

    private JsonObject GetChatMember(JsonObject p)
    {
        var chatId = LongParameter(p, "chat_id") ?? 0;
        var userId = LongParameter(p, "user_id") ?? 0;
        lock (_lock)
        {
            var status = _memberStatus.GetValueOrDefault((chatId, userId), "member");
            return Ok(new JsonObject { ["status"] = status, ["user"] = new JsonObject { ["id"] = userId, ["is_bot"] = false, ["first_name"] = "Cán bộ" } });
        }
    }
}
