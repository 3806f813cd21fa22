namespace DanVan.Core.Reading;

/// <summary>A public page a list entry's number, date and title were checked against.</summary>
public sealed record SourceCheck(string Url, string Title);
