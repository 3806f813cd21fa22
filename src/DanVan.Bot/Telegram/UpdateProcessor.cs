using DanVan.Bot.Telegram.Api;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DanVan.Bot.Telegram;

/// <summary>
/// Handles a batch of updates: skips those already handled (a restart or a webhook retry delivers them again), keeps
/// each chat's updates in order, runs up to Bot:MaxConcurrentChats chats at once, and records each update as handled.
/// A failing update is logged and recorded too, so one bad update cannot block the queue. On stop, updates already
/// being handled get Bot:StopGraceSeconds to finish (so an answer being sent is not cut off and sent again after the
/// restart); updates not yet started, or cut off by the grace limit, are not recorded and are handled after the restart.
/// </summary>
internal sealed partial class UpdateProcessor
{
    private static readonly TimeSpan PruneInterval = TimeSpan.FromHours(1);

    private readonly UpdateHandler _handler;
    private readonly TelegramStateStore _state;
    private readonly TimeProvider _time;
    private readonly int _maxConcurrentChats;
    private readonly TimeSpan _stopGrace;
    private readonly ILogger _logger;
    private DateTimeOffset _lastPrune = DateTimeOffset.MinValue;

    public UpdateProcessor(UpdateHandler handler, TelegramStateStore state, TimeProvider time, IOptions<BotOptions> options, ILogger<UpdateProcessor> logger)
    {
        _handler = handler;
        _state = state;
        _time = time;
        _maxConcurrentChats = options.Value.MaxConcurrentChats;
        _stopGrace = TimeSpan.FromSeconds(options.Value.StopGraceSeconds);
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
        using var handling = new CancellationTokenSource();
        using var grace = _time.CreateTimer(static state => CancelQuietly((CancellationTokenSource)state!), handling, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        using var onStop = cancellationToken.Register(() => grace.Change(_stopGrace, Timeout.InfiniteTimeSpan));
        var chats = distinct.Where(u => !done.Contains(u.UpdateId))
            .GroupBy(ChatKey)
            .Select(chat => HandleChatAsync(chat.OrderBy(u => u.UpdateId).ToList(), gate, cancellationToken, handling.Token));
        await Task.WhenAll(chats);
        await PruneIfDueAsync();
    }

    private async Task HandleChatAsync(List<Update> updates, SemaphoreSlim gate, CancellationToken stoppingToken, CancellationToken handlingToken)
    {
        await gate.WaitAsync(stoppingToken);
        try
        {
            foreach (var update in updates)
            {
                stoppingToken.ThrowIfCancellationRequested();
                try
                {
                    await _handler.HandleAsync(update, handlingToken);
                }
                catch (OperationCanceledException) when (handlingToken.IsCancellationRequested)
                {
                    LogCutOff(update.UpdateId);
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

    private static void CancelQuietly(CancellationTokenSource source)
    {
        try
        {
            source.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The batch finished as the grace period ran out.
        }
    }

    private static long ChatKey(Update update) =>
        update.Message?.Chat.Id ?? update.CallbackQuery?.Message?.Chat.Id ?? update.CallbackQuery?.From.Id ?? update.MyChatMember?.Chat.Id ?? 0;

    private async Task PruneIfDueAsync()
    {
        var now = _time.GetUtcNow();
        if (now - _lastPrune < PruneInterval)
        {
            return;
        }

        _lastPrune = now;
        var removed = await _state.PruneAsync(CancellationToken.None);
        LogPruned(removed);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Update {UpdateId} was already handled; skipped")]
    private partial void LogAlreadyHandled(long updateId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Handling update {UpdateId} failed; it is not retried")]
    private partial void LogUpdateFailed(Exception exception, long updateId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Update {UpdateId} was cut off by the stop; it will be handled again after the restart")]
    private partial void LogCutOff(long updateId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Forgot {Count} old handled update ids")]
    private partial void LogPruned(int count);
}
