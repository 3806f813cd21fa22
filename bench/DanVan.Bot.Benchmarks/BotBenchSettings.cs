using DanVan.Testing.BotApi;

namespace DanVan.Bot.Benchmarks;

/// <summary>
/// The configuration a benchmarked bot runs with: the fake Bot API, a corpus database, a knowledge folder, offline
/// (extractive) answers, and a rate limit that lets simulated users ask as fast as the benchmark sends.
/// </summary>
internal static class BotBenchSettings
{
    public static Dictionary<string, string?> For(FakeBotApiServer server, string databasePath, string knowledgePath) => new()
    {
        ["Telegram:BotToken"] = server.Token,
        ["Telegram:ApiBaseUrl"] = server.BaseUrl,
        ["Telegram:Mode"] = "Polling",
        ["Telegram:ListenUrls"] = "",
        ["Storage:DatabasePath"] = databasePath,
        ["Knowledge:Path"] = knowledgePath,
        ["Llm:Provider"] = "None",
        ["Bot:RateLimitCount"] = "10000",
        ["Bot:RateLimitWindowSeconds"] = "1",
    };

    /// <summary>The same settings as environment variables for a child process (Section__Key).</summary>
    public static Dictionary<string, string?> AsEnvironment(Dictionary<string, string?> settings) =>
        settings.ToDictionary(kv => kv.Key.Replace(":", "__", StringComparison.Ordinal), kv => kv.Value);
}
