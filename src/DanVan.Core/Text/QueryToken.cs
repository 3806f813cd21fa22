namespace DanVan.Core.Text;

/// <summary>A syllable of user text: as typed (lower-case NFC) and folded.</summary>
public readonly record struct QueryToken(string Typed, string Folded);
