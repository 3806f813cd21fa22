namespace DanVan.Core.Lexicon;

/// <summary>The lexicon's mood phrases (see <see cref="LexiconData.ModalityData"/>).</summary>
public sealed record ModalityWords(
    IReadOnlyList<LexiconPhrase> Directive,
    IReadOnlyList<LexiconPhrase> NotDirective,
    IReadOnlyList<LexiconPhrase> OutcomeAskers,
    IReadOnlyList<LexiconPhrase> Said,
    IReadOnlyList<LexiconPhrase> ResultAskers,
    IReadOnlyList<LexiconPhrase> Within);
