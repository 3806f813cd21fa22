namespace DanVan.Core.Ingestion.Readers;

/// <summary>
/// The one list of file types the bot accepts, used by every channel (CLI ingest, knowledge sync, Telegram uploads)
/// and by every text that names them (help, refusals). The content still decides which reader reads a file; a file
/// whose name carries another extension (.odt, .rtf, .doc …) is refused whatever it contains.
/// </summary>
public static class DocumentFormats
{
    /// <summary>Accepted extensions, in the order they are shown.</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".txt", ".md", ".markdown", ".html", ".htm", ".docx", ".pdf"];

    /// <summary>The extensions as shown to people: ".txt, .md, .markdown, .html, .htm, .docx, .pdf".</summary>
    public static string List { get; } = string.Join(", ", Extensions);

    private static readonly HashSet<string> Set = new(Extensions, StringComparer.OrdinalIgnoreCase);

    /// <summary>True for an accepted extension, and for a name without any (a pasted upload): then the content decides.</summary>
    public static bool IsAccepted(string? fileName)
    {
        var extension = Path.GetExtension(fileName ?? string.Empty);
        return extension.Length == 0 || Set.Contains(extension);
    }

    /// <summary>True when the name carries an accepted extension (folder scans pick up only these).</summary>
    public static bool HasAcceptedExtension(string fileName) => Set.Contains(Path.GetExtension(fileName));
}
