using System.Net.Http.Json;
using System.Text.Json;
using DanVan.Bot.Benchmarks;
using Telegram.Bot;

namespace DanVan.Bot.Tests.Benchmarks;

public sealed class BenchBotApiServerTests
{
    [Fact]
    public async Task TelegramBotClient_GetMeWithoutBodyAndGetUpdates_Answered()
    {
        await using var server = await BenchBotApiServer.StartAsync();
        using var http = new HttpClient();
        var bot = new TelegramBotClient(new TelegramBotClientOptions(BotBenchSettings.Token, server.BaseUrl), http);
        server.Enqueue(10_001, "Dân vận khéo là gì?");

        var me = await bot.GetMe();
        var updates = await bot.GetUpdates(0, timeout: 1);

        Assert.Equal("DanVanBenchBot", me.Username);
        Assert.Equal("Dân vận khéo là gì?", Assert.Single(updates).Message!.Text);
    }

    [Fact]
    public async Task SendMessage_ReplyToEnqueuedQuestion_IsTimedFromEnqueueAndDelivery()
    {
        await using var server = await BenchBotApiServer.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(server.BaseUrl) };
        server.Reset(expected: 2);
        var first = server.Enqueue(10_001, "Dân vận khéo là gì?");
        var second = server.Enqueue(10_002, "Quy chế dân chủ ở cơ sở?");

        var updates = await PostAsync(http, "getUpdates", new { offset = 0, timeout = 1 });
        Assert.Equal(2, updates.GetProperty("result").GetArrayLength());
        await PostAsync(http, "sendMessage", new { chat_id = 10_001, text = "Trả lời", reply_parameters = new { message_id = first } });
        var answeredTwice = server.WhenAllAnsweredAsync(TimeSpan.FromMilliseconds(200));
        await Assert.ThrowsAsync<TimeoutException>(() => answeredTwice);
        await PostAsync(http, "sendMessage", new { chat_id = 10_002, text = "Trả lời", reply_parameters = new { message_id = second } });
        await server.WhenAllAnsweredAsync(TimeSpan.FromSeconds(5));

        var (fromEnqueue, fromDelivery, _, _) = server.Results();
        Assert.Equal(2, fromEnqueue.Count);
        Assert.All(fromEnqueue.Zip(fromDelivery), t => Assert.True(t.First >= t.Second && t.Second >= 0));
        var confirmed = await PostAsync(http, "getUpdates", new { offset = updates.GetProperty("result")[1].GetProperty("update_id").GetInt64() + 1, timeout = 0 });
        Assert.Equal(0, confirmed.GetProperty("result").GetArrayLength());
    }

    [Fact]
    public async Task GetUpdates_EmptyQueue_WaitsForAnUpdate()
    {
        await using var server = await BenchBotApiServer.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(server.BaseUrl) };
        var poll = PostAsync(http, "getUpdates", new { timeout = 10 });
        await Task.Delay(100);
        Assert.False(poll.IsCompleted);

        server.Enqueue(10_001, "Xin chào");

        var updates = await poll.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal("Xin chào", updates.GetProperty("result")[0].GetProperty("message").GetProperty("text").GetString());
    }

    [Fact]
    public void LatencyStats_Percentiles_AreNearestRank()
    {
        var stats = LatencyStats.From(Enumerable.Range(1, 100).Select(i => (double)i).ToList());
        Assert.Equal((50, 95, 99), (stats.P50, stats.P95, stats.P99));
    }

    private static async Task<JsonElement> PostAsync(HttpClient http, string method, object body)
    {
        using var response = await http.PostAsJsonAsync($"/bot{BotBenchSettings.Token}/{method}", body);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
