namespace DanVan.Core.Lexicon;

/// <summary>The lexicon's words of a question's form (see <see cref="LexiconData.FormData"/>), as phrases.</summary>
public sealed record FormWords(
    IReadOnlyList<LexiconPhrase> Chat,
    IReadOnlyList<LexiconPhrase> Courtesy,
    IReadOnlyList<LexiconPhrase> Particles,
    IReadOnlyList<LexiconPhrase> Approximators,
    IReadOnlyList<LexiconPhrase> IndefiniteAskers,
    IReadOnlyList<LexiconPhrase> Numbered,
    IReadOnlyList<LexiconPhrase> IndefiniteTimes,
    IReadOnlyList<LexiconPhrase> ListImperatives,
    IReadOnlyList<LexiconPhrase> YesNoOpeners,
    IReadOnlyList<LexiconPhrase> YesNoClosers,
    IReadOnlyList<LexiconPhrase> AskFrames,
    IReadOnlyList<LexiconPhrase> LaterAskers,
    IReadOnlyList<LexiconPhrase> Joiners,
    IReadOnlyList<LexiconPhrase> Alternatives,
    IReadOnlyList<LexiconPhrase> Magnitudes,
    IReadOnlyList<LexiconPhrase> NamePrepositions,
    IReadOnlyList<LexiconPhrase> Existentials,
    IReadOnlyList<LexiconPhrase> Evaluatives);
