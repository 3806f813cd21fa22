using DanVan.Bot.Messaging.Api;
using DanVan.Bot.Messaging.Commands;
using DanVan.Bot.Messaging.Health;
using DanVan.Bot.Messaging.Settings;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace DanVan.Bot.Messaging.Worker;

/// <summary>
/// Start-up with Telegram: getMe (retried until Telegram answers; a rejected token is fatal) and the command menus —
/// public commands in the default scope, all commands in each admin's private chat.
/// </summary>
internal sealed partial class BotInitializer
{
    private readonly ITelegramBotClient _client;
    private readonly BotIdentity _identity;
    private readonly CommandCatalog _commands;
    private readonly TelegramRetryPolicy _retry;
    private readonly TelegramHealth _health;
    private readonly TimeProvider _time;
    private readonly BotOptions _bot;
    private readonly TelegramOptions _telegram;
    private readonly ILogger _logger;

    public BotInitializer(ITelegramBotClient client, BotIdentity identity, CommandCatalog commands, TelegramRetryPolicy retry, TelegramHealth health,
        TimeProvider time, IOptions<BotOptions> bot, IOptions<TelegramOptions> telegram, ILogger<BotInitializer> logger)
    {
        _client = client;
        _identity = identity;
        _commands = commands;
        _retry = retry;
        _health = health;
        _time = time;
        _bot = bot.Value;
        _telegram = telegram.Value;
        _logger = logger;
    }

    /// <summary>False when the bot cannot run (the token was rejected); the reason is in <see cref="TelegramHealth.FatalError"/>.</summary>
    public async Task<bool> InitializeAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 1; !_identity.IsKnown; attempt++)
        {
            try
            {
                _identity.Set(await _client.GetMe(cancellationToken));
            }
            catch (ApiRequestException ex) when (ex.ErrorCode is 401 or 404)
            {
                const string reason = "Telegram rejected the bot token (getMe answered {0}). Check Telegram__BotToken: copy the token again from @BotFather.";
                _health.RecordFatal(string.Format(System.Globalization.CultureInfo.InvariantCulture, reason, ex.ErrorCode));
                LogTokenRejected(ex.ErrorCode, ex.Message);
                return false;
            }
            catch (RequestException ex)
            {
                var delay = _retry.Backoff(attempt);
                LogGetMeFailed(ex.ErrorCode(), ex.Message, delay.TotalSeconds);
                await Task.Delay(delay, _time, cancellationToken);
            }
        }

        LogStarted(_identity.Username, _identity.Id, _telegram.Mode, _bot.AdminUserIds.Length);
        await SetCommandsAsync(_commands.Menu(isAdmin: false), BotCommandScope.Default(), null, cancellationToken);
        foreach (var admin in _bot.AdminUserIds)
        {
            await SetCommandsAsync(_commands.Menu(isAdmin: true), BotCommandScope.Chat(admin), admin, cancellationToken);
        }

        return true;
    }

    private async Task SetCommandsAsync(IReadOnlyList<BotCommand> menu, BotCommandScope scope, long? chatId, CancellationToken cancellationToken)
    {
        try
        {
            await _client.SetMyCommands(menu, scope, cancellationToken: cancellationToken);
        }
        catch (RequestException ex)
        {
            // Typically "chat not found": an admin who has not opened a private chat with the bot yet.
            LogCommandsFailed(scope.Type, chatId, ex.ErrorCode(), ex.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Bot @{Username} ({BotId}) started in {Mode} mode with {AdminCount} admin(s)")]
    private partial void LogStarted(string username, long botId, TelegramMode mode, int adminCount);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Telegram rejected the bot token ({ErrorCode} {Description}). Set Telegram__BotToken to the token from @BotFather")]
    private partial void LogTokenRejected(int errorCode, string description);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cannot reach Telegram (getMe: {ErrorCode} {Description}); retrying in {DelaySeconds:0.#} s")]
    private partial void LogGetMeFailed(int errorCode, string description, double delaySeconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "setMyCommands for scope {Scope} {ChatId} failed: {ErrorCode} {Description}")]
    private partial void LogCommandsFailed(BotCommandScopeType scope, long? chatId, int errorCode, string description);
}
