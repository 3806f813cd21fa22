using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace DanVan.Core.Lexicon;

/// <summary>
/// Where the loaders of <c>lexicon.local.json</c> (the question lexicon and the word lists, which read the same file)
/// report a file they could not use: logged as a warning, once per file (both readers trip over the same broken file).
/// </summary>
public sealed partial class LocalLexiconReport(ILogger<LocalLexiconReport>? logger = null)
{
    private readonly ILogger _logger = logger ?? NullLogger<LocalLexiconReport>.Instance;
    private readonly ConcurrentDictionary<string, bool> _seen = new(StringComparer.Ordinal);

    public void Report(string path, string problem)
    {
        if (_seen.TryAdd(path, true))
        {
            LogProblem(_logger, problem);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lexicon: {Problem}")]
    private static partial void LogProblem(ILogger logger, string problem);
}
