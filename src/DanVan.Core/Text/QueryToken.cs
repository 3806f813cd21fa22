namespace DanVan.Core.Text;

/// <summary>
/// A syllable of user text: as typed (lower-case NFC) and folded. <see cref="Written"/> marks a syllable of the
/// materials, written with its diacritics: one written without any ("thay" of "thay đổi") is that word, not any word
/// that folds like it ("thầy").
/// </summary>
public readonly record struct QueryToken(string Typed, string Folded)
{
    public bool Written { get; init; }
}
