using DanVan.Bot.Telegram.Api;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DanVan.Bot.Telegram;

/// <summary>
/// Handles a batch of updates: skips those already handled (a restart or a webhook retry delivers them again), keeps
/// each chat's updates in order, runs up to Bot:MaxConcurrentChats chats at once, and records each update as handled.
/// A failing update is logged and recorded too, so one bad update cannot block the queue; an update interrupted by
/// shutdown is not recorded and is handled again after the restart.
/// </summary>
internal sealed partial class UpdateProcessor
{
    private static readonly TimeSpan PruneInterval = TimeSpan.FromHours(1);

    private readonly UpdateHandler _handler;
    private readonly TelegramStateStore _state;
    private readonly TimeProvider _time;
    private readonly int _maxConcurrentChats;
    private readonly ILogger _logger;
    private DateTimeOffset _lastPrune = DateTimeOffset.MinValue;

    public UpdateProcessor(UpdateHandler handler, TelegramStateStore state, TimeProvider time, IOptions<BotOptions> options, ILogger<UpdateProcessor> logger)
    {
        _handler = handler;
        _state = state;
        _time = time;
        _maxConcurrentChats = options.Value.MaxConcurrentChats;
        _logger = logger;
    }

    public async Task ProcessAsync(IReadOnlyList<Update> updates, CancellationToken cancellationToken)
    {
        var distinct = updates.DistinctBy(u => u.UpdateId).ToList();
        var done = await _state.GetProcessedAsync(distinct.Select(u => u.UpdateId).ToList(), cancellationToken);
        foreach (var id in done)
        {
            LogAlreadyHandled(id);
        }

        using var gate = new SemaphoreSlim(_maxConcurrentChats);
        var chats = distinct.Where(u => !done.Contains(u.UpdateId))
            .GroupBy(ChatKey)
            .Select(chat => HandleChatAsync(chat.OrderBy(u => u.UpdateId).ToList(), gate, cancellationToken));
        await Task.WhenAll(chats);
        await PruneIfDueAsync(cancellationToken);
    }

    private async Task HandleChatAsync(List<Update> updates, SemaphoreSlim gate, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            foreach (var update in updates)
            {
                try
                {
                    await _handler.HandleAsync(update, cancellationToken);
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    throw;
                }
                catch (Exception ex)
                {
                    LogUpdateFailed(ex, update.UpdateId);
                }

                await _state.MarkProcessedAsync(update.UpdateId, CancellationToken.None);
            }
        }
        finally
        {
            gate.Release();
        }
    }

    private static long ChatKey(Update update) =>
        update.Message?.Chat.Id ?? update.CallbackQuery?.Message?.Chat.Id ?? update.CallbackQuery?.From.Id ?? update.MyChatMember?.Chat.Id ?? 0;

    private async Task PruneIfDueAsync(CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        if (now - _lastPrune < PruneInterval)
        {
            return;
        }

        _lastPrune = now;
        var removed = await _state.PruneAsync(cancellationToken);
        LogPruned(removed);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Update {UpdateId} was already handled; skipped")]
    private partial void LogAlreadyHandled(long updateId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Handling update {UpdateId} failed; it is not retried")]
    private partial void LogUpdateFailed(Exception exception, long updateId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Forgot {Count} old handled update ids")]
    private partial void LogPruned(int count);
}
