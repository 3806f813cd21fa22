using DanVan.Bot.Telegram.Api;

namespace DanVan.Bot.Tests.TestDoubles;

/// <summary>
/// An in-memory Telegram: records what the bot sends, edits and answers; <see cref="FailSend"/> makes chosen sends
/// throw (403, 429 …); <see cref="MemberStatus"/> answers getChatMember.
/// </summary>
internal sealed class RecordingBotApi : ITelegramBotApi
{
    private readonly object _gate = new();
    private readonly List<SendMessageRequest> _sent = [];
    private readonly List<SendMessageRequest> _attempts = [];
    private readonly List<EditMessageTextRequest> _edits = [];
    private readonly List<(string Id, string? Text)> _answers = [];
    private readonly List<(int Count, TaskCompletionSource Done)> _waiters = [];
    private long _nextMessageId = 1000;

    /// <summary>Return an exception to make that send fail; null lets it through.</summary>
    public Func<SendMessageRequest, Exception?>? FailSend { get; set; }

    /// <summary>getChatMember answers, by (chat, user); missing means "member".</summary>
    public Dictionary<(long ChatId, long UserId), string> MemberStatus { get; } = [];

    public Exception? GetChatMemberFailure { get; set; }

    public Exception? EditFailure { get; set; }

    public IReadOnlyList<SendMessageRequest> Sent => Snapshot(_sent);

    public IReadOnlyList<SendMessageRequest> Attempts => Snapshot(_attempts);

    public IReadOnlyList<EditMessageTextRequest> Edits => Snapshot(_edits);

    public IReadOnlyList<(string Id, string? Text)> CallbackAnswers => Snapshot(_answers);

    public static TelegramApiException Error(int code, string description, int? retryAfter = null, long? migrateTo = null) =>
        new("sendMessage", code, description, retryAfter, migrateTo);

    /// <summary>Completes when at least <paramref name="count"/> messages were delivered; fails after <paramref name="timeout"/>.</summary>
    public async Task WaitForSentAsync(int count, TimeSpan timeout)
    {
        TaskCompletionSource done;
        lock (_gate)
        {
            if (_sent.Count >= count)
            {
                return;
            }

            done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((count, done));
        }

        await done.Task.WaitAsync(timeout);
    }

    public Task<Message> SendMessageAsync(SendMessageRequest request, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            _attempts.Add(request);
            if (FailSend?.Invoke(request) is { } failure)
            {
                throw failure;
            }

            _sent.Add(request);
            foreach (var waiter in _waiters.Where(w => _sent.Count >= w.Count).ToList())
            {
                waiter.Done.TrySetResult();
                _waiters.Remove(waiter);
            }

            return Task.FromResult(new Message(++_nextMessageId, new Chat(request.ChatId, "group"), 0, Text: request.Text));
        }
    }

    public Task<ChatMember> GetChatMemberAsync(long chatId, long userId, CancellationToken cancellationToken = default)
    {
        if (GetChatMemberFailure is { } failure)
        {
            throw failure;
        }

        var status = MemberStatus.TryGetValue((chatId, userId), out var s) ? s : "member";
        return Task.FromResult(new ChatMember(status, new User(userId, false, "User")));
    }

    public Task AnswerCallbackQueryAsync(string callbackQueryId, string? text = null, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            _answers.Add((callbackQueryId, text));
        }

        return Task.CompletedTask;
    }

    public Task<Message> EditMessageTextAsync(EditMessageTextRequest request, CancellationToken cancellationToken = default)
    {
        if (EditFailure is { } failure)
        {
            throw failure;
        }

        lock (_gate)
        {
            _edits.Add(request);
        }

        return Task.FromResult(new Message(request.MessageId, new Chat(request.ChatId, "private"), 0, Text: request.Text));
    }

    public Task<User> GetMeAsync(CancellationToken cancellationToken = default) => Task.FromResult(new User(42, true, "DanVanBot", Username: "danvan_bot"));

    public Task<IReadOnlyList<Update>> GetUpdatesAsync(long? offset, int timeoutSeconds, IReadOnlyList<string> allowedUpdates, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task SendChatActionAsync(long chatId, string action, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task SetMyCommandsAsync(IReadOnlyList<BotCommand> commands, BotCommandScope? scope = null, CancellationToken cancellationToken = default) =>
        Task.CompletedTask;

    public Task DeleteWebhookAsync(bool dropPendingUpdates = false, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task SetWebhookAsync(string url, string? secretToken, IReadOnlyList<string> allowedUpdates, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<TelegramFile> GetFileAsync(string fileId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<byte[]> DownloadFileAsync(string filePath, long maxBytes, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    private IReadOnlyList<T> Snapshot<T>(List<T> list)
    {
        lock (_gate)
        {
            return list.ToList();
        }
    }
}
