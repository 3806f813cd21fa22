namespace DanVan.Testing.BotApi;

/// <summary>
/// A fault the <see cref="FakeBotApiServer"/> injects into the next call of one method: a delay (a slow response), then
/// either a Bot API error (<see cref="StatusCode"/> with description and parameters), a raw non-JSON body (a proxy's 502
/// page), a dropped connection, or — with only a delay — the normal answer.
/// </summary>
public sealed record FakeFault
{
    public TimeSpan Delay { get; init; }

    public int? StatusCode { get; init; }

    public string? Description { get; init; }

    public int? RetryAfter { get; init; }

    public long? MigrateToChatId { get; init; }

    /// <summary>Sent as-is (text/html) instead of a JSON error.</summary>
    public string? RawBody { get; init; }

    /// <summary>Aborts the connection without a response.</summary>
    public bool DropConnection { get; init; }

    public static FakeFault TooManyRequests(int retryAfter) =>
        new() { StatusCode = 429, Description = $"Too Many Requests: retry after {retryAfter}", RetryAfter = retryAfter };

    public static FakeFault BadGateway() => new() { StatusCode = 502, RawBody = "<html><body><h1>502 Bad Gateway</h1></body></html>" };

    public static FakeFault InternalError() => new() { StatusCode = 500, Description = "Internal Server Error" };

    public static FakeFault Slow(TimeSpan delay) => new() { Delay = delay };

    public static FakeFault Conflict() =>
        new() { StatusCode = 409, Description = "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running" };

    public static FakeFault Forbidden() => new() { StatusCode = 403, Description = "Forbidden: bot was kicked from the group chat" };

    public static FakeFault Drop() => new() { DropConnection = true };
}
