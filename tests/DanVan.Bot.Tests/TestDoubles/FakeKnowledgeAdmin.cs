using System.Security.Cryptography;
using System.Text;
using DanVan.Core.Documents;
using DanVan.Core.Ingestion.Readers;
using DanVan.Core.Ingestion;

namespace DanVan.Bot.Tests.TestDoubles;

/// <summary>
/// An in-memory stand-in for the ingestion pipeline: UTF-8 text files become documents with one passage per paragraph
/// (blank-line separated); content that is not valid UTF-8 text, or starts with "CORRUPT", is rejected with a
/// <see cref="DocumentFormatException"/> and stores nothing. Same content again is Unchanged, same name with new
/// content is Updated.
/// </summary>
public sealed class FakeKnowledgeAdmin : IKnowledgeAdmin
{
    private readonly object _lock = new();
    private readonly List<(DocumentInfo Info, string Hash)> _documents = [];
    private readonly List<(string FileName, string Origin, int Bytes)> _ingestCalls = [];
    private long _nextId = 1;

    public IReadOnlyList<DocumentInfo> Documents
    {
        get
        {
            lock (_lock)
            {
                return _documents.Select(d => d.Info).ToList();
            }
        }
    }

    public IReadOnlyList<(string FileName, string Origin, int Bytes)> IngestCalls
    {
        get
        {
            lock (_lock)
            {
                return _ingestCalls.ToList();
            }
        }
    }

    public Task<IngestResult> IngestAsync(byte[] content, string fileName, string origin, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        lock (_lock)
        {
            _ingestCalls.Add((fileName, origin, content.Length));
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content);
        }
        catch (DecoderFallbackException ex)
        {
            throw new DocumentFormatException("tệp bị hỏng hoặc không phải văn bản đọc được.", ex);
        }

        if (text.StartsWith("CORRUPT", StringComparison.Ordinal) || text.Contains('\0', StringComparison.Ordinal))
        {
            throw new DocumentFormatException("tệp bị hỏng hoặc không phải văn bản đọc được.");
        }

        var paragraphs = text.ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var title = paragraphs.FirstOrDefault() ?? fileName;
        var hash = Convert.ToHexString(SHA256.HashData(content));
        lock (_lock)
        {
            var existing = _documents.FindIndex(d => d.Info.SourceKey == fileName);
            if (existing >= 0 && _documents[existing].Hash == hash)
            {
                var same = _documents[existing].Info;
                return Task.FromResult(new IngestResult(fileName, IngestStatus.Unchanged, same.Id, same.Title, same.Passages));
            }

            var id = existing >= 0 ? _documents[existing].Info.Id : _nextId++;
            var info = new DocumentInfo(id, title, fileName, null, null, null, null, paragraphs.Length, DateTimeOffset.UtcNow, origin);
            if (existing >= 0)
            {
                _documents[existing] = (info, hash);
            }
            else
            {
                _documents.Add((info, hash));
            }

            return Task.FromResult(new IngestResult(fileName, existing >= 0 ? IngestStatus.Updated : IngestStatus.Added, id, title, paragraphs.Length));
        }
    }

    public Task<IReadOnlyList<DocumentInfo>> ListDocumentsAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(Documents);

    public Task<bool> RemoveDocumentAsync(long id, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult(_documents.RemoveAll(d => d.Info.Id == id) > 0);
        }
    }
}
