using System.Text.Json;
using Telegram.Bot;
using Telegram.Bot.Args;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Requests;
using Telegram.Bot.Requests.Abstractions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace DanVan.Bot.Tests.TestDoubles;

/// <summary>
/// An in-memory <see cref="ITelegramBotClient"/> for tests of features above the Bot API (digest, course suggestions,
/// commands): records what the bot sends, edits, answers and shows; <see cref="FailSend"/> makes chosen sends throw
/// (403, 429 …); <see cref="MemberStatus"/> answers getChatMember. HTTP behaviour is tested against FakeBotApiServer.
/// </summary>
internal sealed class FakeTelegramBotClient : ITelegramBotClient
{
    private readonly Lock _gate = new();
    private readonly List<FakeSend> _sent = [];
    private readonly List<FakeSend> _attempts = [];
    private readonly List<FakeEdit> _edits = [];
    private readonly List<(string Id, string? Text)> _answers = [];
    private readonly List<(long ChatId, ChatAction Action)> _actions = [];
    private readonly List<(int Count, TaskCompletionSource Done)> _waiters = [];
    private int _nextMessageId = 1000;

    public static User Bot { get; } = new() { Id = 42, IsBot = true, FirstName = "DanVanBot", Username = "danvan_bot" };

    /// <summary>Return an exception to make that send fail; null lets it through.</summary>
    public Func<FakeSend, Exception?>? FailSend { get; set; }

    /// <summary>Return an exception to make that chat action fail; null lets it through.</summary>
    public Func<long, Exception?>? FailChatAction { get; set; }

    /// <summary>getChatMember answers ("member", "administrator", "creator" …), by (chat, user); missing means "member".</summary>
    public Dictionary<(long ChatId, long UserId), string> MemberStatus { get; } = [];

    public Exception? GetChatMemberFailure { get; set; }

    public Exception? EditFailure { get; set; }

    public IReadOnlyList<FakeSend> Sent => Snapshot(_sent);

    public IReadOnlyList<FakeSend> Attempts => Snapshot(_attempts);

    public IReadOnlyList<FakeEdit> Edits => Snapshot(_edits);

    public IReadOnlyList<(string Id, string? Text)> CallbackAnswers => Snapshot(_answers);

    public IReadOnlyList<(long ChatId, ChatAction Action)> ChatActions => Snapshot(_actions);

    public bool LocalBotServer => false;

    public long BotId => Bot.Id;

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(100);

    public IExceptionParser ExceptionsParser { get; set; } = new DefaultExceptionParser();

    public event AsyncEventHandler<ApiRequestEventArgs>? OnMakingApiRequest
    {
        add { }
        remove { }
    }

    public event AsyncEventHandler<ApiResponseEventArgs>? OnApiResponseReceived
    {
        add { }
        remove { }
    }

    /// <summary>The exception the library throws for a Bot API error answer.</summary>
    public static ApiRequestException Error(int code, string description, int? retryAfter = null, long? migrateTo = null) =>
        new(description, code, new ResponseParameters { RetryAfter = retryAfter, MigrateToChatId = migrateTo });

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

    public Task<TResponse> SendRequest<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        object result = request switch
        {
            SendMessageRequest send => Send(send),
            EditMessageTextRequest edit => Edit(edit),
            AnswerCallbackQueryRequest answer => Answer(answer),
            GetChatMemberRequest member => Member(member),
            SendChatActionRequest action => ChatAction(action),
            GetMeRequest => Bot,
            SetMyCommandsRequest or DeleteWebhookRequest => true,
            _ => throw new NotSupportedException($"{request.MethodName} is not faked; test it against FakeBotApiServer."),
        };
        return Task.FromResult((TResponse)result);
    }

    public Task<bool> TestApi(CancellationToken cancellationToken = default) => Task.FromResult(true);

    public Task DownloadFile(string filePath, Stream destination, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Downloads are tested against FakeBotApiServer.");

    public Task DownloadFile(TGFile file, Stream destination, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Downloads are tested against FakeBotApiServer.");

    private Message Send(SendMessageRequest request)
    {
        var send = new FakeSend(request.ChatId?.Identifier ?? 0, request.Text, request.ParseMode, request.ReplyParameters?.MessageId,
            request.LinkPreviewOptions, request.ReplyMarkup as InlineKeyboardMarkup);
        lock (_gate)
        {
            _attempts.Add(send);
            if (FailSend?.Invoke(send) is { } failure)
            {
                throw failure;
            }

            _sent.Add(send);
            foreach (var waiter in _waiters.Where(w => _sent.Count >= w.Count).ToList())
            {
                waiter.Done.TrySetResult();
                _waiters.Remove(waiter);
            }

            return NewMessage(++_nextMessageId, send.ChatId, send.Text);
        }
    }

    private Message Edit(EditMessageTextRequest request)
    {
        if (EditFailure is { } failure)
        {
            throw failure;
        }

        var edit = new FakeEdit(request.ChatId?.Identifier ?? 0, request.MessageId, request.Text ?? "", request.ParseMode, request.ReplyMarkup);
        lock (_gate)
        {
            _edits.Add(edit);
        }

        return NewMessage(edit.MessageId, edit.ChatId, edit.Text);
    }

    private bool Answer(AnswerCallbackQueryRequest request)
    {
        lock (_gate)
        {
            _answers.Add((request.CallbackQueryId, request.Text));
        }

        return true;
    }

    private ChatMember Member(GetChatMemberRequest request)
    {
        if (GetChatMemberFailure is { } failure)
        {
            throw failure;
        }

        var chatId = request.ChatId?.Identifier ?? 0;
        var status = MemberStatus.TryGetValue((chatId, request.UserId), out var s) ? s : "member";
        var json = $$$"""{"status":"{{{status}}}","user":{"id":{{{request.UserId}}},"is_bot":false,"first_name":"User"}}""";
        return JsonSerializer.Deserialize<ChatMember>(json, JsonBotAPI.Options)!;
    }

    private bool ChatAction(SendChatActionRequest request)
    {
        var chatId = request.ChatId?.Identifier ?? 0;
        lock (_gate)
        {
            _actions.Add((chatId, request.Action));
        }

        return FailChatAction?.Invoke(chatId) is { } failure ? throw failure : true;
    }

    private static Message NewMessage(int id, long chatId, string text) =>
        new() { Id = id, Chat = new Chat { Id = chatId, Type = ChatType.Group }, Date = DateTime.UtcNow, Text = text };

    private List<T> Snapshot<T>(List<T> list)
    {
        lock (_gate)
        {
            return [.. list];
        }
    }
}
