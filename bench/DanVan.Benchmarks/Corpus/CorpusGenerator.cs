using System.Globalization;
using System.Text.RegularExpressions;
using DanVan.Core.Documents;
using DanVan.Core.Ingestion;
using DanVan.Core.Ingestion.Readers;
using DanVan.Core.Storage;
using DanVan.Core.Text;

namespace DanVan.Benchmarks.Corpus;

/// <summary>
/// Deterministic synthetic Vietnamese corpora built from the knowledge's own sentences: shuffled and recombined,
/// with numbers, provinces and people's names varied, so scale can be measured without outside data.
/// </summary>
internal sealed partial class CorpusGenerator
{
    private static readonly string[] People =
    [
        "Nguyễn Văn An", "Trần Thị Bình", "Lê Quang Cường", "Phạm Thị Dung", "Hoàng Văn Em", "Vũ Thị Giang", "Đặng Văn Hải",
        "Bùi Thị Hoa", "Đỗ Văn Khánh", "Ngô Thị Lan", "Dương Văn Minh", "Lý Thị Ngọc", "Phan Văn Phúc", "Trịnh Thị Quế",
    ];

    private static readonly string[] Kinds =
    [
        "Tập huấn nghiệp vụ công tác dân vận", "Bồi dưỡng kỹ năng dân vận chính quyền", "Hội nghị quán triệt công tác dân vận",
        "Lớp bồi dưỡng nghiệp vụ Mặt trận Tổ quốc", "Tập huấn thực hiện quy chế dân chủ ở cơ sở", "Phong trào thi đua Dân vận khéo",
    ];

    private readonly IReadOnlyList<string> _sentences;

    public CorpusGenerator(IReadOnlyList<string> sentences) => _sentences = sentences;

    [GeneratedRegex(@"\d+")]
    private static partial Regex Number();

    [GeneratedRegex(@"(Đồng chí|đồng chí)\s+(\p{Lu}\p{Ll}*\s){1,3}\p{Lu}\p{Ll}*")]
    private static partial Regex Person();

    /// <summary>Sentences of every document under a folder (the knowledge), cleaned as ingestion cleans them.</summary>
    public static async Task<CorpusGenerator> FromFolderAsync(string folder, DocumentReaderRegistry readers, CancellationToken cancellationToken)
    {
        var sentences = new List<string>();
        foreach (var file in KnowledgeSync.EnumerateDocuments(folder))
        {
            var parsed = await readers.ReadAsync(await File.ReadAllBytesAsync(file, cancellationToken), file, cancellationToken);
            var cleaned = DocumentCleaner.Clean(parsed);
            sentences.AddRange(cleaned.Blocks.SelectMany(b => SentenceSplitter.Split(b.Text)).Where(s => s.Length > 30));
        }

        return new CorpusGenerator(sentences);
    }

    /// <summary>Document <paramref name="index"/> of the corpus: the same index always gives the same document.</summary>
    public (DocumentMetadata Metadata, List<Chunk> Chunks) Document(int index, int passages)
    {
        var random = new Random(unchecked((index * 7919) + 17));
        var province = Provinces.Names[random.Next(Provinces.Names.Count)];
        var year = 2010 + random.Next(16);
        var title = $"{Kinds[random.Next(Kinds.Length)]} năm {year} ({province}) số {index}";
        var chunks = new List<Chunk>(passages);
        for (var p = 0; p < passages; p++)
        {
            var count = 3 + random.Next(4);
            var text = string.Join(' ', Enumerable.Range(0, count).Select(_ => Vary(_sentences[random.Next(_sentences.Count)], random, province)));
            chunks.Add(new Chunk(p, p % 5 == 0 ? $"Phần {(p / 5) + 1}" : null, text));
        }

        var published = new DateOnly(year, 1 + random.Next(12), 1 + random.Next(28));
        return (new DocumentMetadata(title, "Kho dữ liệu tổng hợp", published, province), chunks);
    }

    /// <summary>Writes <paramref name="passageCount"/> passages (16 per document) into the store.</summary>
    public void Populate(KnowledgeStore store, int passageCount, Action<int>? progress = null)
    {
        const int PerDocument = 16;
        var documents = (passageCount + PerDocument - 1) / PerDocument;
        for (var d = 0; d < documents; d++)
        {
            var passages = Math.Min(PerDocument, passageCount - (d * PerDocument));
            var (metadata, chunks) = Document(d, passages);
            store.Replace($"synthetic:{d}", null, "bench", $"synthetic-{d}", metadata, chunks);
            progress?.Invoke(((d + 1) * PerDocument) - PerDocument + passages);
        }
    }

    private static string Vary(string sentence, Random random, string province)
    {
        var text = Number().Replace(sentence, m => m.Value.Length == 4 && m.Value.StartsWith('2')
            ? (2010 + random.Next(16)).ToString(CultureInfo.InvariantCulture)
            : random.Next(1, 999).ToString(CultureInfo.InvariantCulture));
        text = Person().Replace(text, m => m.Groups[1].Value + " " + People[random.Next(People.Length)]);
        foreach (var name in new[] { "Bình Phước", "Cà Mau", "Hà Nam", "Ninh Bình", "Nghệ An" })
        {
            text = text.Replace(name, province, StringComparison.Ordinal);
        }

        return text;
    }
}
