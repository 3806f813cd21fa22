using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DanVan.Core.Reading;

/// <summary>
/// The current reading list: the bundled one plus the admin file, re-read when the admin file changes (an admin may
/// edit it while the bot runs). Problems with the admin file are logged once per version of the file and never stop
/// the bot.
/// </summary>
public sealed partial class ReadingListProvider
{
    private readonly string _adminPath;
    private readonly ILogger<ReadingListProvider> _logger;
    private readonly Lock _gate = new();
    private (DateTime Written, long Length)? _stamp;
    private ReadingListMatcher? _current;

    public ReadingListProvider(IOptions<ReadingListOptions> options, ILogger<ReadingListProvider> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _adminPath = options.Value.Path;
        _logger = logger;
    }

    /// <summary>The path of the admin file, as configured.</summary>
    public string AdminPath => _adminPath;

    /// <summary>The list and its matcher, up to date with the admin file.</summary>
    public ReadingListMatcher Current
    {
        get
        {
            var stamp = Stamp();
            lock (_gate)
            {
                if (_current is null || stamp != _stamp)
                {
                    _current = new ReadingListMatcher(ReadingListLoader.Load(_adminPath));
                    _stamp = stamp;
                    foreach (var problem in _current.List.Problems)
                    {
                        LogProblem(_logger, problem);
                    }
                }

                return _current;
            }
        }
    }

    private (DateTime, long)? Stamp()
    {
        var file = new FileInfo(_adminPath);
        return file.Exists ? (file.LastWriteTimeUtc, file.Length) : null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reading list: {Problem}")]
    private static partial void LogProblem(ILogger logger, string problem);
}
