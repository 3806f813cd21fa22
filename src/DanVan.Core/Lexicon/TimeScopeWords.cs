namespace DanVan.Core.Lexicon;

/// <summary>The lexicon's time-scope phrases (see <see cref="LexiconData.TimeScopeData"/>).</summary>
public sealed record TimeScopeWords(
    IReadOnlyList<LexiconPhrase> Now,
    IReadOnlyList<LexiconPhrase> NowStated,
    IReadOnlyList<LexiconPhrase> Later,
    IReadOnlyList<LexiconPhrase> LaterStated,
    IReadOnlyList<LexiconPhrase> NotTime,
    IReadOnlyList<LexiconPhrase> YearEnd,
    IReadOnlyList<LexiconPhrase> Compare,
    IReadOnlyList<LexiconPhrase> Since,
    IReadOnlyList<LexiconPhrase> SinceStated);
