namespace DanVan.Core.Reading;

/// <summary>One entry as written in a reading list file; validated into a <see cref="RecommendedDocument"/>.</summary>
internal sealed class RecommendedDocumentJson
{
    public string? Id { get; set; }

    public string? Kind { get; set; }

    public string? Number { get; set; }

    public string? Title { get; set; }

    public string? Date { get; set; }

    public string? Issuer { get; set; }

    public List<string?>? Topics { get; set; }

    public List<string?>? Aliases { get; set; }

    public string? Note { get; set; }

    public List<SourceCheck?>? Checked { get; set; }
}
