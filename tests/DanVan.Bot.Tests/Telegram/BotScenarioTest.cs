using DanVan.Bot.Tests.TestDoubles;

namespace DanVan.Bot.Tests.Telegram;

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

    private protected Task<BotTestHost> StartBotAsync(
        Action<Dictionary<string, string?>>? configure = null,
        Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? services = null,
        FakeQuestionAnswerer? answerer = null,
        FakeKnowledgeAdmin? knowledge = null,
        CapturingLoggerProvider? logs = null,
        bool realCore = false) =>
        BotTestHost.StartAsync(Server, DatabasePath, configure, services, answerer, knowledge, logs, realCore);
}
