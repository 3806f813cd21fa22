namespace DanVan.Core.Lexicon;

/// <summary>
/// The lexicon's words for the noun phrase a question's interrogative is bound to (see <see cref="LexiconData.AskedHeadData"/>):
/// person nouns (<c>units.people</c>, <c>offices.courseRoles</c>, the roles of <c>offices.roles</c>), time nouns (<c>units.time</c> and the heads' own),
/// the classes of things it knows (each group of <c>units.classes</c>, <c>lists.contents</c>, the document types, and the places and bodies:
/// <c>venueWords</c>, <c>bodyKinds</c>, <c>bodyDescriptions.kinds</c>, <c>localities</c>), vague heads, and the words
/// that ask or state a ranking or a comparison.
/// </summary>
public sealed record AskedHeadWords(
    IReadOnlyList<LexiconPhrase> People,
    IReadOnlyList<LexiconPhrase> Times,
    IReadOnlyList<IReadOnlyList<LexiconPhrase>> Classes,
    IReadOnlyList<LexiconPhrase> Vague,
    IReadOnlyList<LexiconPhrase> Courses,
    IReadOnlyList<LexiconPhrase> Indefinites,
    IReadOnlyList<IReadOnlyList<LexiconPhrase>> OtherNames,
    IReadOnlyList<LexiconPhrase> Rankings,
    IReadOnlyList<LexiconPhrase> RankingsStated,
    IReadOnlyList<LexiconPhrase> NotRankings,
    IReadOnlyList<LexiconPhrase> Comparatives,
    IReadOnlyList<LexiconPhrase> ComparisonJoiners,
    IReadOnlyList<AskedEvidenceWords> Evidence);

/// <summary>A type of evidence a question asks, compiled (see <see cref="LexiconData.AskedEvidenceData"/>).</summary>
public sealed record AskedEvidenceWords(
    string Name,
    IReadOnlyList<IReadOnlyList<LexiconPhrase>> Cues,
    IReadOnlyList<LexiconPhrase> Stated,
    IReadOnlyList<System.Text.RegularExpressions.Regex> StatedPatterns,
    IReadOnlyList<LexiconPhrase> Holders,
    IReadOnlyList<LexiconPhrase> Passives,
    IReadOnlyList<string> Narrows);
