using DanVan.Core.Ingestion.Readers;
using DanVan.Core.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DanVan.Core.Ingestion;

/// <summary>
/// Brings the index up to date with the knowledge folder: unchanged files (by content hash) are skipped, changed ones
/// replaced atomically, files that disappeared are removed. Keys are paths relative to the working directory.
/// </summary>
public sealed partial class KnowledgeSync
{
    private const string Origin = "knowledge";
    private readonly IngestionPipeline _pipeline;
    private readonly KnowledgeStore _store;
    private readonly KnowledgeOptions _options;
    private readonly ILogger<KnowledgeSync> _logger;

    public KnowledgeSync(IngestionPipeline pipeline, KnowledgeStore store, IOptions<KnowledgeOptions> options, ILogger<KnowledgeSync> logger)
    {
        _pipeline = pipeline;
        _store = store;
        _options = options.Value;
        _logger = logger;
    }

    public async Task<IReadOnlyList<IngestResult>> SyncAsync(CancellationToken cancellationToken = default)
    {
        var folder = Path.GetFullPath(_options.Path);
        var results = new List<IngestResult>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (Directory.Exists(folder))
        {
            var sources = EnumerateDocuments(folder)
                .Select(file => new IngestSource(file, RelativeKey(file), RelativeKey(file), token => File.ReadAllBytesAsync(file, token)))
                .ToList();
            seen.UnionWith(sources.Select(s => s.SourceKey));
            results.AddRange(await _pipeline.IngestManyAsync(sources, Origin, progress: null, cancellationToken));
        }
        else
        {
            LogMissingFolder(_logger, folder);
        }

        foreach (var document in _store.List().Where(d => d.Origin == Origin && !seen.Contains(d.SourceKey)))
        {
            _store.Remove(document.Id);
            LogRemoved(_logger, document.SourceKey);
        }

        return results;
    }

    /// <summary>Documents below a folder in a stable order, skipping hidden files and unsupported types (CSV, JSON …).</summary>
    public static IEnumerable<string> EnumerateDocuments(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).StartsWith('.') && DocumentFormats.HasAcceptedExtension(f)
                && !Path.GetFileName(f).Equals("README.md", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);

    /// <summary>A path relative to the working directory with forward slashes (the key and the citation path).</summary>
    public static string RelativeKey(string file) =>
        Path.GetRelativePath(Directory.GetCurrentDirectory(), Path.GetFullPath(file)).Replace('\\', '/');

    [LoggerMessage(Level = LogLevel.Warning, Message = "Knowledge folder {Folder} does not exist; nothing to sync")]
    private static partial void LogMissingFolder(ILogger logger, string folder);

    [LoggerMessage(Level = LogLevel.Information, Message = "Removed {SourceKey}: the file is gone from the knowledge folder")]
    private static partial void LogRemoved(ILogger logger, string sourceKey);
}
