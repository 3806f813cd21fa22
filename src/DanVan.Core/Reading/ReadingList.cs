namespace DanVan.Core.Reading;

/// <summary>The recommended documents (bundled, then the admin file's), and what was wrong with the admin file, if anything.</summary>
/// <param name="Documents">Entries in list order; ids are unique.</param>
/// <param name="Problems">Vietnamese messages for admins about the admin file; the bundled list is used regardless.</param>
public sealed record ReadingList(IReadOnlyList<RecommendedDocument> Documents, IReadOnlyList<string> Problems);
