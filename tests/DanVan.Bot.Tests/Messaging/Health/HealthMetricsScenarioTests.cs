using System.Net;
using System.Text;
using System.Text.Json;
using DanVan.Bot.Tests.TestDoubles;
using DanVan.Core.Answering;

namespace DanVan.Bot.Tests.Messaging.Health;

/// <summary>
/// /healthz (health checks) and /metrics (OpenTelemetry, Prometheus text) of a polling bot that listens on HTTP. The
/// OpenTelemetry meter provider listens to every meter named "DanVan" in the process, so a bot of another test uploading
/// a document at the same moment would be counted too (seen once in a full run: uploads added 2): these tests run alone.
/// </summary>
[Collection(MetricsCollection.Name)]
public sealed class HealthMetricsScenarioTests : BotScenarioTest
{
    private static readonly HttpClient Http = new();

    [Fact]
    public async Task Healthz_PollingBotWithListenUrls_EveryCheckReportsOk()
    {
        await using var bot = await StartListeningBotAsync();
        Server.RegisterChat(FakeBotApiServer.PrivateChat(UserId));
        Server.UserSaysInPrivate(UserId, "Dân vận khéo là gì?");
        await Server.WaitForMessagesAsync(1);

        using var response = await Http.GetAsync(bot.ListenAddress + "/healthz");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", root.GetProperty("status").GetString());
        Assert.Equal(("ok", "writable"), (root.GetProperty("database").GetProperty("status").GetString(), root.GetProperty("database").GetProperty("description").GetString()));
        Assert.Equal("ok", root.GetProperty("receiving").GetProperty("status").GetString());
        Assert.InRange(root.GetProperty("receiving").GetProperty("secondsSinceLastRound").GetDouble(), 0, 30);
        Assert.Equal(JsonValueKind.String, root.GetProperty("telegram").GetProperty("lastSuccess").ValueKind);
    }

    [Fact]
    public async Task Metrics_AfterQuestionsUploadAndARateLimit_ScrapedInPrometheusTextFormat()
    {
        var answerer = new FakeQuestionAnswerer
        {
            Respond = (q, _) => q.Contains("bánh", StringComparison.Ordinal)
                ? new Answer(q, "Chưa tìm thấy nội dung phù hợp.", false, [])
                : FakeQuestionAnswerer.Echo(q, null),
        };
        await using var bot = await StartListeningBotAsync(answerer);
        Server.RegisterChat(FakeBotApiServer.PrivateChat(UserId));
        Server.EnqueueFault("sendMessage", FakeFault.TooManyRequests(1));
        Server.UserSaysInPrivate(UserId, "Dân vận khéo là gì?");
        Server.UserSaysInPrivate(UserId, "Công thức làm bánh chưng?");
        var fileId = Server.AddFile(Encoding.UTF8.GetBytes("Đoạn một.\n\nĐoạn hai."), "txt");
        Server.UserSendsDocument(AdminId, "private", AdminId, fileId, "tai-lieu.txt");
        await Server.WaitForMessagesAsync(3, timeout: TimeSpan.FromSeconds(30));

        using var response = await Http.GetAsync(bot.ListenAddress + "/metrics");
        var text = await response.Content.ReadAsStringAsync();
        var lines = text.Split('\n');

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        Assert.Equal(1, Value(lines, "danvan_questions_total", "outcome=\"answered\""));
        Assert.Equal(1, Value(lines, "danvan_questions_total", "outcome=\"none\""));
        Assert.Equal(2, Value(lines, "danvan_answer_duration_seconds_count"));
        Assert.Equal(1, Value(lines, "danvan_telegram_errors_total", "code=\"429\"", "method=\"sendMessage\""));
        Assert.Equal(1, Value(lines, "danvan_telegram_retries_total", "method=\"sendMessage\""));
        Assert.Equal(1, Value(lines, "danvan_uploads_total", "result=\"added\""));
        Assert.True(Value(lines, "danvan_passages_ingested_total") > 0);
    }

    private Task<BotTestHost> StartListeningBotAsync(FakeQuestionAnswerer? answerer = null) =>
        StartBotAsync(s => s["Telegram:ListenUrls"] = "http://127.0.0.1:0", answerer: answerer);

    /// <summary>The value of the one sample of <paramref name="metric"/> carrying every label given.</summary>
    private static double Value(string[] lines, string metric, params string[] labels)
    {
        var sample = Assert.Single(lines, l => (l.StartsWith(metric + "{", StringComparison.Ordinal) || l.StartsWith(metric + " ", StringComparison.Ordinal))
                                               && labels.All(label => l.Contains(label, StringComparison.Ordinal)));
        return double.Parse(sample.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
    }
}

/// <summary>Tests that read process-wide metrics: run after the others, one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MetricsCollection
{
    public const string Name = "Process-wide metrics";
}
