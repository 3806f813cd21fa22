namespace DanVan.Core.Reading;

/// <summary>
/// One document every dân vận cadre may ask about, as listed in the recommended reading list. It holds only what
/// identifies the document (number, title, date, issuer) and where that was checked — never its content: the bot quotes
/// only documents an admin loaded.
/// </summary>
/// <param name="Id">Stable key, unique in the list (an admin entry with the same id replaces the bundled one).</param>
/// <param name="Kind">The document type as written in Vietnamese (Nghị quyết, Kết luận, Quyết định, Luật, Nghị định, Chỉ thị …), or empty.</param>
/// <param name="Number">The ký hiệu (e.g. 25-NQ/TW, 10/2022/QH15), or null for documents without one.</param>
/// <param name="Title">The exact title.</param>
/// <param name="Date">Date of issue as written in the list: yyyy-MM-dd, or yyyy when only the year was verified.</param>
/// <param name="Issuer">The issuing body.</param>
/// <param name="Topics">Topics it covers; coverage is grouped by them.</param>
/// <param name="Aliases">Other names cadres use for it ("Luật dân chủ cơ sở").</param>
/// <param name="Checked">Where the number, date and title were checked.</param>
/// <param name="Origin">Where the entry came from: the bundled list or the admin file's path.</param>
public sealed record RecommendedDocument(
    string Id,
    string Kind,
    string? Number,
    string Title,
    string? Date,
    string? Issuer,
    IReadOnlyList<string> Topics,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<SourceCheck> Checked,
    string Origin)
{
    /// <summary>Free note shown with the entry (e.g. the date it takes effect).</summary>
    public string? Note { get; init; }

    /// <summary>How the document is named to users: its title, then its number when it has one.</summary>
    public string DisplayName => Number is null ? Title : $"{Title} (số {Number})";

    /// <summary>The date as Vietnamese users write it: dd/MM/yyyy, or the bare year.</summary>
    public string? DisplayDate =>
        Date is { Length: 10 } && DateOnly.TryParseExact(Date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.None, out var day)
            ? day.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)
            : Date;
}
