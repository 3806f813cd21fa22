using DanVan.Bot.Tests.TestDoubles;

namespace DanVan.Bot.Tests.Messaging;

/// <summary>Per-test set-up for scenario tests: a fake Bot API server and a database path, both cleaned up afterwards.</summary>
public abstract class BotScenarioTest : IAsyncLifetime
{
    protected const long AdminId = BotTestHost.AdminId;
    protected const long UserId = 222_000_222;
    protected const long GroupId = -1_001_234_567_890;

    protected FakeBotApiServer Server { get; private set; } = null!;

    protected string DatabasePath { get; } = BotTestHost.NewDatabasePath();

    public async Task InitializeAsync()
    {
        Server = await FakeBotApiServer.StartAsync();
        Server.RegisterChat(FakeBotApiServer.PrivateChat(AdminId));
    }

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        BotTestHost.DeleteDatabase(DatabasePath);
    }

    protected const string WebhookSecret = "webhook-secret_123";

    /// <summary>The bot in webhook mode at /telegram/hook with <see cref="WebhookSecret"/>, listening on a free port.</summary>
    private protected Task<BotTestHost> StartWebhookBotAsync(Action<Dictionary<string, string?>>? configure = null) =>
        StartBotAsync(s =>
        {
            s["Telegram:Mode"] = "Webhook";
            s["Telegram:WebhookUrl"] = "https://bot.example.org/telegram/hook";
            s["Telegram:WebhookSecret"] = WebhookSecret;
            s["Telegram:ListenUrls"] = "http://127.0.0.1:0";
            configure?.Invoke(s);
        });

    private protected Task<BotTestHost> StartBotAsync(
        Action<Dictionary<string, string?>>? configure = null,
        Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? services = null,
        FakeQuestionAnswerer? answerer = null,
        FakeKnowledgeAdmin? knowledge = null,
        CapturingLoggerProvider? logs = null,
        bool realCore = false) =>
        BotTestHost.StartAsync(Server, DatabasePath, configure, services, answerer, knowledge, logs, realCore);
}
