using Microsoft.Extensions.Logging;

namespace DanVan.Bot.Tests.TestDoubles;

/// <summary>One log entry: category, level, the formatted message, the exception as ToString() prints it, and the structured values.</summary>
public sealed record CapturedLog(string Category, LogLevel Level, string Message, string? Exception, IReadOnlyList<string> Values)
{
    public override string ToString() => $"{Level} {Category}: {Message} {Exception} [{string.Join(", ", Values)}]";
}
