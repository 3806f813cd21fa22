using System.Text.Json.Serialization;

namespace DanVan.Core.Evaluation;

/// <summary>One dev-set question: its variant type, the document that answers it (null when out of domain) and facts the answer must contain.</summary>
public sealed record DevSetItem(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("question")] string Question,
    [property: JsonPropertyName("variant")] string Variant,
    [property: JsonPropertyName("expected_source")] string? ExpectedSource,
    [property: JsonPropertyName("facts")] IReadOnlyList<string> Facts)
{
    public bool InDomain => ExpectedSource is not null;
}
