using DanVan.Bot.Messaging.Api;
using DanVan.Bot.Messaging.Settings;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace DanVan.Bot.Messaging.Delivery;

/// <summary>
/// Tells the admins (Bot:AdminUserIds) once when the database stops accepting writes and once when it accepts them again.
/// Sent directly, not through the outbox: the outbox is in the database that cannot be written. Best effort.
/// </summary>
internal sealed partial class StorageOutageNotifier
{
    private readonly ITelegramBotClient _bot;
    private readonly StorageGate _gate;
    private readonly BotOptions _options;
    private readonly ILogger _logger;
    private int _attached;

    public StorageOutageNotifier(ITelegramBotClient bot, StorageGate gate, IOptions<BotOptions> options, ILogger<StorageOutageNotifier> logger)
    {
        _bot = bot;
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
                await _bot.SendMessage(admin, html, ParseMode.Html, linkPreviewOptions: new LinkPreviewOptions { IsDisabled = true });
            }
            catch (RequestException ex)
            {
                LogAdminUnreachable(admin, ex.ErrorCode(), ex.Message);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not tell admin {AdminId} about the database: {ErrorCode} {Description}")]
    private partial void LogAdminUnreachable(long adminId, int errorCode, string description);
}
