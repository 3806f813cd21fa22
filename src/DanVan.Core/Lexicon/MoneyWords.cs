namespace DanVan.Core.Lexicon;

/// <summary>The lexicon's words of money (see <see cref="LexiconData.MoneyData"/>), as phrases.</summary>
public sealed record MoneyWords(
    IReadOnlyList<LexiconPhrase> Askers,
    IReadOnlyList<LexiconPhrase> Asked,
    IReadOnlyList<LexiconPhrase> Counted,
    IReadOnlyList<LexiconPhrase> Units,
    IReadOnlyList<LexiconPhrase> OtherWords);
