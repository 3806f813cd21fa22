using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace DanVan.Testing.BotApi;

/// <summary>The update queue and getUpdates long polling, and helpers that make users send messages.</summary>
public sealed partial class FakeBotApiServer
{
    private readonly List<JsonObject> _pending = [];
    private readonly List<JsonObject> _allUpdates = [];
    private long _nextUpdateId = 500_000;
    private long _confirmedOffset;
    private int _pollGeneration;

    /// <summary>The highest offset the bot has confirmed with getUpdates (updates below it are forgotten).</summary>
    public long ConfirmedOffset
    {
        get
        {
            lock (_lock)
            {
                return _confirmedOffset;
            }
        }
    }

    /// <summary>Adds an update (update_id is assigned) and wakes a waiting getUpdates. Returns the update id.</summary>
    public long EnqueueUpdate(JsonObject update)
    {
        ArgumentNullException.ThrowIfNull(update);
        lock (_lock)
        {
            var id = _nextUpdateId++;
            update["update_id"] = id;
            if (update["message"] is JsonObject message)
            {
                StoreMessage(message);
                StampEnqueued(message);
            }

            _pending.Add(update);
            _allUpdates.Add((JsonObject)update.DeepClone());
            Signal();
            return id;
        }
    }

    /// <summary>A user writes in a private chat with the bot. Entities (commands, mentions) are detected like Telegram does.</summary>
    public EnqueuedMessage UserSaysInPrivate(long userId, string text, long? replyToMessageId = null, JsonArray? entities = null) =>
        UserSays(PrivateChat(userId), userId, text, replyToMessageId, entities);

    /// <summary>A user writes in a group or supergroup.</summary>
    public EnqueuedMessage UserSaysInGroup(long chatId, long userId, string text, long? replyToMessageId = null, JsonArray? entities = null, string chatType = "supergroup") =>
        UserSays(GroupChat(chatId, chatType), userId, text, replyToMessageId, entities);

    /// <summary>A user sends a document (registered with <see cref="AddFile"/>), optionally with a caption.</summary>
    public EnqueuedMessage UserSendsDocument(long chatId, string chatType, long userId, string fileId, string fileName, string? caption = null)
    {
        var chat = chatType == "private" ? PrivateChat(chatId) : GroupChat(chatId, chatType);
        var message = NewMessage(chat, userId);
        long size;
        lock (_lock)
        {
            size = _files.TryGetValue(fileId, out var file) ? file.Size : 0;
        }

        message["document"] = new JsonObject
        {
            ["file_id"] = fileId, ["file_unique_id"] = "u" + fileId, ["file_name"] = fileName, ["file_size"] = size,
        };
        if (caption is not null)
        {
            message["caption"] = caption;
            message["caption_entities"] = DetectEntities(caption);
        }

        var updateId = EnqueueUpdate(new JsonObject { ["message"] = message });
        return new EnqueuedMessage(updateId, AsLong(message["message_id"]), AsLong(chat["id"]));
    }

    /// <summary>Simulates Telegram never having received the bot's confirmations (as after a SIGKILL): every update is pending again.</summary>
    public void RedeliverAll()
    {
        lock (_lock)
        {
            _pending.Clear();
            _pending.AddRange(_allUpdates.Select(u => (JsonObject)u.DeepClone()));
            _confirmedOffset = 0;
            Signal();
        }
    }

    /// <summary>Webhook mode: the oldest update not yet confirmed, the next one Telegram posts (in order); null when none.</summary>
    public JsonObject? PeekPending()
    {
        lock (_lock)
        {
            if (_pending.Count == 0)
            {
                return null;
            }

            StampDelivered([_pending[0]]);
            return (JsonObject)_pending[0].DeepClone();
        }
    }

    /// <summary>Webhook mode: the bot answered 200 to the post of <paramref name="updateId"/>, so Telegram forgets it (and those before).</summary>
    public void ConfirmPending(long updateId)
    {
        lock (_lock)
        {
            _confirmedOffset = Math.Max(_confirmedOffset, updateId + 1);
            _pending.RemoveAll(u => AsLong(u["update_id"]) <= updateId);
            Signal();
        }
    }

    /// <summary>Waits until the bot has confirmed (offset beyond) <paramref name="updateId"/>, i.e. finished handling it.</summary>
    public Task WaitForConfirmedAsync(long updateId, TimeSpan? timeout = null) =>
        WaitForAsync(() => _confirmedOffset > updateId ? (object)true : null, $"confirmation of update {updateId}", timeout);

    private EnqueuedMessage UserSays(JsonObject chat, long userId, string text, long? replyToMessageId, JsonArray? entities)
    {
        var message = NewMessage(chat, userId);
        message["text"] = text;
        var detected = entities ?? DetectEntities(text);
        if (detected.Count > 0)
        {
            message["entities"] = detected;
        }

        if (replyToMessageId is { } replyTo && FindMessage(AsLong(chat["id"]), replyTo) is { } replied)
        {
            message["reply_to_message"] = replied;
        }

        var updateId = EnqueueUpdate(new JsonObject { ["message"] = message });
        return new EnqueuedMessage(updateId, AsLong(message["message_id"]), AsLong(chat["id"]));
    }

    private JsonObject NewMessage(JsonObject chat, long userId)
    {
        var chatId = AsLong(chat["id"]);
        RegisterChat(chat);
        return new JsonObject
        {
            ["message_id"] = NextMessageId(chatId),
            ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["chat"] = chat.DeepClone(),
            ["from"] = new JsonObject { ["id"] = userId, ["is_bot"] = false, ["first_name"] = "Cán bộ", ["language_code"] = "vi" },
        };
    }

    /// <summary>Entities as Telegram detects them; offsets and lengths in UTF-16 code units.</summary>
    public static JsonArray DetectEntities(string text)
    {
        var entities = new List<(int Offset, JsonObject Entity)>();
        foreach (Match match in CommandPattern().Matches(text))
        {
            entities.Add((match.Index, new JsonObject { ["type"] = "bot_command", ["offset"] = match.Index, ["length"] = match.Length }));
        }

        foreach (Match match in MentionPattern().Matches(text))
        {
            entities.Add((match.Index, new JsonObject { ["type"] = "mention", ["offset"] = match.Index, ["length"] = match.Length }));
        }

        return new JsonArray(entities.OrderBy(e => e.Offset).Select(e => (JsonNode)e.Entity).ToArray());
    }

    private async Task<JsonObject> GetUpdatesAsync(JsonObject p, CancellationToken aborted)
    {
        var offset = LongParameter(p, "offset");
        var timeout = LongParameter(p, "timeout") ?? 0;
        var limit = (int)(LongParameter(p, "limit") ?? 100);
        int generation;
        lock (_lock)
        {
            if (WebhookUrl is not null)
            {
                return Error(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
            }

            _firstGetUpdates ??= System.Diagnostics.Stopwatch.GetTimestamp();
            generation = ++_pollGeneration;
            if (offset is > 0)
            {
                _confirmedOffset = Math.Max(_confirmedOffset, offset.Value);
                _pending.RemoveAll(u => AsLong(u["update_id"]) < offset.Value);
            }

            Signal();
        }

        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(timeout);
        while (true)
        {
            Task changed;
            lock (_lock)
            {
                if (generation != _pollGeneration)
                {
                    return Error(409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running");
                }

                if (_pending.Count > 0 || DateTime.UtcNow >= deadline)
                {
                    var batch = _pending.Take(limit).ToList();
                    StampDelivered(batch);
                    return Ok(new JsonArray(batch.Select(u => (JsonNode)u.DeepClone()).ToArray()));
                }

                changed = _changed.Task;
            }

            try
            {
                await changed.WaitAsync(deadline - DateTime.UtcNow, aborted);
            }
            catch (TimeoutException)
            {
                // Answer with what there is (nothing) on the next pass.
            }
        }
    }

    private static long AsLong(JsonNode? node) =>
        long.Parse(node?.ToJsonString().Trim('"') ?? throw new ArgumentNullException(nameof(node)), System.Globalization.CultureInfo.InvariantCulture);

    private static long? LongParameter(JsonObject p, string name) =>
        p[name] is JsonValue value ? (value.TryGetValue<long>(out var number) ? number : long.TryParse(value.ToString(), out var parsed) ? parsed : null) : null;

    [GeneratedRegex(@"(?<=^|\s)/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?")]
    private static partial Regex CommandPattern();

    [GeneratedRegex(@"(?<=^|[^\w@/])@[A-Za-z0-9_]{5,32}")]
    private static partial Regex MentionPattern();
}
