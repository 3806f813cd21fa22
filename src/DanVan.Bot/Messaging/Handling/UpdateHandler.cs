using DanVan.Bot.Messaging.Delivery;
using DanVan.Bot.Messaging.Commands;
using DanVan.Bot.Messaging.Replies;
using DanVan.Bot.Messaging.Routing;
using DanVan.Bot.Messaging.Settings;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace DanVan.Bot.Messaging.Handling;

/// <summary>
/// The one handler both receivers (polling and webhook) feed: routes a message to a question, a command or an upload,
/// dispatches callback queries by prefix, greets groups it is added to, and passes on group-to-supergroup migrations.
/// </summary>
internal sealed partial class UpdateHandler
{
    private readonly BotIdentity _identity;
    private readonly CommandCatalog _commands;
    private readonly IEnumerable<ICallbackHandler> _callbacks;
    private readonly QuestionResponder _questions;
    private readonly DocumentUploadHandler _uploads;
    private readonly ReplySender _replies;
    private readonly ChatMigrationNotifier _migrations;
    private readonly ITelegramBotClient _bot;
    private readonly BotOptions _options;
    private readonly ILogger _logger;

    public UpdateHandler(BotIdentity identity, CommandCatalog commands, IEnumerable<ICallbackHandler> callbacks, QuestionResponder questions,
        DocumentUploadHandler uploads, ReplySender replies, ChatMigrationNotifier migrations, ITelegramBotClient bot,
        IOptions<BotOptions> options, ILogger<UpdateHandler> logger)
    {
        _identity = identity;
        _commands = commands;
        _callbacks = callbacks;
        _questions = questions;
        _uploads = uploads;
        _replies = replies;
        _migrations = migrations;
        _bot = bot;
        _options = options.Value;
        _logger = logger;
    }

    public async Task HandleAsync(Update update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        if (update.Message is { } message)
        {
            await HandleMessageAsync(message, cancellationToken);
        }
        else if (update.CallbackQuery is { } query)
        {
            await HandleCallbackAsync(query, cancellationToken);
        }
        else if (update.MyChatMember is { } membership)
        {
            await HandleMembershipAsync(membership, cancellationToken);
        }
    }

    private async Task HandleMessageAsync(Message message, CancellationToken cancellationToken)
    {
        if (message.MigrateToChatId is { } newChatId)
        {
            await _migrations.NotifyAsync(message.Chat.Id, newChatId, cancellationToken);
            return;
        }

        var bot = await _identity.WaitAsync(cancellationToken);
        var route = MessageRouter.Route(message, bot);
        LogRouted(message.Chat.Id, message.Chat.Type, route.Kind, route.Command);
        switch (route.Kind)
        {
            case RouteKind.Question:
                await _questions.AnswerAsync(message, route.Text, cancellationToken);
                break;
            case RouteKind.Command:
                await DispatchCommandAsync(message, route, cancellationToken);
                break;
            case RouteKind.Upload:
                await _uploads.HandleAsync(message, cancellationToken);
                break;
        }
    }

    private async Task DispatchCommandAsync(Message message, MessageRoute route, CancellationToken cancellationToken)
    {
        var chatId = message.Chat.Id;
        Task Reply(string html, InlineKeyboardMarkup? markup, CancellationToken token) =>
            _replies.SendHtmlAsync(chatId, html, message.Id, markup, token);

        if (!_commands.TryGet(route.Command!, out var command))
        {
            // In a group an unaddressed unknown command may belong to another bot: answer only when meant for us.
            if (message.Chat.Type == ChatType.Private || route.Addressed)
            {
                await Reply(BotTexts.UnknownCommand(route.Command!), null, cancellationToken);
            }

            return;
        }

        var isAdmin = _options.IsAdmin(message.From?.Id);
        if (command.AdminOnly && !isAdmin)
        {
            await Reply(BotTexts.AdminOnly, null, cancellationToken);
            return;
        }

        try
        {
            await command.HandleAsync(new CommandContext(message, route.Text, isAdmin, Reply), cancellationToken);
        }
        // A storage failure is not this update's fault: it goes up, so the bot pauses instead of replying with an error.
        catch (Exception ex) when ((ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested) && !StorageFailure.Is(ex))
        {
            LogCommandFailed(ex, command.Name, chatId);
            await Reply(BotTexts.CommandFailed, null, cancellationToken);
        }
    }

    private async Task HandleCallbackAsync(CallbackQuery query, CancellationToken cancellationToken)
    {
        var handler = query.Data is { } data ? _callbacks.FirstOrDefault(h => data.StartsWith(h.Prefix, StringComparison.Ordinal)) : null;
        if (handler is null)
        {
            LogUnhandledCallback(query.Data);
            await _bot.AnswerCallbackQuery(query.Id, cancellationToken: cancellationToken);
            return;
        }

        try
        {
            await handler.HandleAsync(query, _options.IsAdmin(query.From.Id), cancellationToken);
        }
        // A storage failure is not this update's fault: it goes up, so the bot pauses instead of replying with an error.
        catch (Exception ex) when ((ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested) && !StorageFailure.Is(ex))
        {
            LogCallbackFailed(ex, handler.Prefix);
            await _bot.AnswerCallbackQuery(query.Id, BotTexts.CallbackFailedPlain, cancellationToken: cancellationToken);
        }
    }

    private async Task HandleMembershipAsync(ChatMemberUpdated membership, CancellationToken cancellationToken)
    {
        var chat = membership.Chat;
        var now = membership.NewChatMember.Status;
        ChatMemberStatus? before = membership.OldChatMember?.Status;
        LogMembership(chat.Id, chat.Type, before, now);
        var joined = now is ChatMemberStatus.Member or ChatMemberStatus.Administrator && before is null or ChatMemberStatus.Left or ChatMemberStatus.Kicked;
        if (joined && chat.Type is ChatType.Group or ChatType.Supergroup)
        {
            await _replies.SendHtmlAsync(chat.Id, BotTexts.GroupWelcome, null, null, cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Message in chat {ChatId} ({ChatType}) routed as {Kind} {Command}")]
    private partial void LogRouted(long chatId, ChatType chatType, RouteKind kind, string? command);

    [LoggerMessage(Level = LogLevel.Error, Message = "Command /{Command} failed in chat {ChatId}")]
    private partial void LogCommandFailed(Exception exception, string command, long chatId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No callback handler for data {Data}")]
    private partial void LogUnhandledCallback(string? data);

    [LoggerMessage(Level = LogLevel.Error, Message = "Callback handler {Prefix} failed")]
    private partial void LogCallbackFailed(Exception exception, string prefix);

    [LoggerMessage(Level = LogLevel.Information, Message = "Bot membership in chat {ChatId} ({ChatType}) changed from {Before} to {Now}")]
    private partial void LogMembership(long chatId, ChatType chatType, ChatMemberStatus? before, ChatMemberStatus now);
}
