using Microsoft.Extensions.Logging;

namespace DanVan.Bot.Messaging.Handling;

/// <summary>Tells every <see cref="IChatMigrationListener"/> about a group's new id; one listener's failure does not stop the others.</summary>
internal sealed partial class ChatMigrationNotifier
{
    private readonly IEnumerable<IChatMigrationListener> _listeners;
    private readonly ILogger _logger;

    public ChatMigrationNotifier(IEnumerable<IChatMigrationListener> listeners, ILogger<ChatMigrationNotifier> logger)
    {
        _listeners = listeners;
        _logger = logger;
    }

    public async Task NotifyAsync(long oldChatId, long newChatId, CancellationToken cancellationToken)
    {
        LogMigrated(oldChatId, newChatId);
        foreach (var listener in _listeners)
        {
            try
            {
                await listener.OnChatMigratedAsync(oldChatId, newChatId, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogListenerFailed(ex, listener.GetType().Name, oldChatId, newChatId);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Chat {OldChatId} was upgraded to supergroup {NewChatId}")]
    private partial void LogMigrated(long oldChatId, long newChatId);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Listener} failed to move chat {OldChatId} to {NewChatId}")]
    private partial void LogListenerFailed(Exception exception, string listener, long oldChatId, long newChatId);
}
