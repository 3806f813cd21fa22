using DanVan.Bot.Messaging.Api;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;

namespace DanVan.Bot.Messaging.Handling;

/// <summary>
/// Shows a chat action (typing, upload_document) while work runs: sent once before the work starts, then every
/// four seconds (Telegram shows an action for five). Failures only cost the indicator, never the work.
/// </summary>
internal sealed partial class TypingIndicator
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(4);

    private readonly ITelegramBotClient _bot;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    public TypingIndicator(ITelegramBotClient bot, TimeProvider time, ILogger<TypingIndicator> logger)
    {
        _bot = bot;
        _time = time;
        _logger = logger;
    }

    public async Task<T> WhileAsync<T>(long chatId, ChatAction action, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        await SendAsync(chatId, action, cancellationToken);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var repeat = RepeatAsync(chatId, action, stop.Token);
        try
        {
            return await work(cancellationToken);
        }
        finally
        {
            await stop.CancelAsync();
            await repeat;
        }
    }

    private async Task RepeatAsync(long chatId, ChatAction action, CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                await Task.Delay(Interval, _time, cancellationToken);
                await SendAsync(chatId, action, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The work finished.
        }
    }

    private async Task SendAsync(long chatId, ChatAction action, CancellationToken cancellationToken)
    {
        try
        {
            await _bot.SendChatAction(chatId, action, cancellationToken: cancellationToken);
        }
        catch (RequestException ex)
        {
            LogActionFailed(chatId, ex.ErrorCode(), ex.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Chat action for chat {ChatId} failed: {ErrorCode} {Description}")]
    private partial void LogActionFailed(long chatId, int errorCode, string description);
}
