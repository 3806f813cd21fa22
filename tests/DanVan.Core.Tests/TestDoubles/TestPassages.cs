using DanVan.Core.Retrieval;

namespace DanVan.Core.Tests.TestDoubles;

/// <summary>Hand-made retrieved passages.</summary>
internal static class TestPassages
{
    public static RetrievedPassage Create(int n, string? text = null, string? section = null, DateOnly? published = null, string? publisher = null) =>
        new(PassageId: 100 + n, DocumentId: 10 + n, Ordinal: n, Title: $"Tài liệu {n}", Section: section, Text: text ?? $"Nội dung đoạn {n}.",
            Path: $"knowledge/tai-lieu-{n}.txt", Publisher: publisher, Published: published, Province: null, Score: 10 - n);

    public static List<RetrievedPassage> Many(int count) => Enumerable.Range(1, count).Select(n => Create(n)).ToList();
}
