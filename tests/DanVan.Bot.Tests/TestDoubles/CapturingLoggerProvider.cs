using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace DanVan.Bot.Tests.TestDoubles;

/// <summary>Captures every log entry of every category at every level, including exceptions and structured values.</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<CapturedLog> _entries = new();

    public IReadOnlyList<CapturedLog> Entries => _entries.ToList();

    /// <summary>Everything captured, one entry per line.</summary>
    public string AllText => string.Join('\n', _entries.Select(e => e.ToString()));

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, _entries);

    public void Dispose()
    {
    }

    private sealed class CapturingLogger(string category, ConcurrentQueue<CapturedLog> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? pairs.Select(p => $"{p.Key}={p.Value}").ToList()
                : [];
            entries.Enqueue(new CapturedLog(category, logLevel, formatter(state, exception), exception?.ToString(), values));
        }
    }
}
