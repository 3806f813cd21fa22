using DanVan.Bot.Telegram.Api;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DanVan.Bot.Telegram.Delivery;

/// <summary>
/// Tells the admins (Bot:AdminUserIds) once when the database stops accepting writes and once when it accepts them again.
/// Sent directly, not through the outbox: the outbox is in the database that cannot be written. Best effort.
/// </summary>
internal sealed partial class StorageOutageNotifier
{
    private readonly ITelegramBotApi _api;
    private readonly StorageGate _gate;
    private readonly BotOptions _options;
    private readonly ILogger _logger;
    private int _attached;

    public StorageOutageNotifier(ITelegramBotApi api, StorageGate gate, IOptions<BotOptions> options, ILogger<StorageOutageNotifier> logger)
    {
        _api = api;
        _gate = gate;
        _options = options.Value;
        _logger = logger;
    }

    public void Attach()
    {
        if (Interlocked.Exchange(ref _attached, 1) == 0)
        {
            _gate.Changed += reason => _ = NotifyAsync(reason is null ? BotTexts.StorageResumed : BotTexts.StorageFull);
        }
    }

    private async Task NotifyAsync(string html)
    {
        foreach (var admin in _options.AdminUserIds)
        {
            try
            {
                await _api.SendMessageAsync(new SendMessageRequest(admin, html, ParseMode: "HTML", LinkPreviewOptions: new LinkPreviewOptions()));
            }
            catch (TelegramApiException ex)
            {
                LogAdminUnreachable(admin, ex.ErrorCode, ex.Description);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not tell admin {AdminId} about the database: {ErrorCode} {Description}")]
    private partial void LogAdminUnreachable(long adminId, int errorCode, string description);
}
