namespace DanVan.Core.Ingestion.Readers;

/// <summary>What a reader extracted from a file, before cleaning and chunking.</summary>
public sealed class ParsedDocument
{
    /// <summary>Title found in the file itself (front matter, document properties, &lt;title&gt;, first heading); null when none.</summary>
    public string? Title { get; set; }

    /// <summary>Other metadata found in the file (front matter keys such as source, published, province; docx core properties).</summary>
    public Dictionary<string, string> Metadata { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The body in reading order.</summary>
    public List<Block> Blocks { get; } = [];
}

/// <summary>Kind of a structural block.</summary>
public enum BlockKind
{
    Paragraph,
    Heading,
    ListItem,
    TableRow,
}

/// <summary>One structural unit of a document. <see cref="Level"/> is the heading level (1 = top) for headings, else 0.</summary>
public sealed record Block(BlockKind Kind, string Text, int Level = 0);
