namespace DanVan.Core.Retrieval;

/// <summary>
/// A question turned into search terms: content syllables (function words removed, abbreviations expanded, typos
/// corrected) and adjacent syllable pairs, each a <see cref="TermGroup"/> whose alternatives (synonyms, readings of
/// an ambiguous abbreviation) all count; plus the FTS5 MATCH expression built from them (every token quoted).
/// <see cref="ByRecency"/>: the question's words are all so common that ranking every passage holding them would cost a
/// scan of the index (bm25 counts every passage holding each phrase), so the newest matching passages are taken instead.
/// </summary>
public sealed record SearchQuery(
    IReadOnlyList<TermGroup> Terms,
    IReadOnlyList<TermGroup> Pairs,
    string? MatchExpression,
    QuestionKind Kind,
    IReadOnlyList<string> Years,
    IReadOnlyList<string> Provinces,
    bool ByRecency = false)
{
    public bool IsEmpty => MatchExpression is null;

    /// <summary>
    /// True when the question, read, names at least two content syllables (a group counted by its longest alternative,
    /// so "CTDV" names four) or a year or province: what is left of "bên hồi mấy trăm" once its form is read (one
    /// syllable) names nothing a passage could be grounded on, however well a passage covers it.
    /// </summary>
    public bool NamesSomething =>
        Years.Count > 0 || Provinces.Count > 0 || Terms.Sum(t => t.Phrases.Max(p => p.Count(c => c == ' ') + 1)) >= MinContentSyllables;

    private const int MinContentSyllables = 2;

    /// <summary>
    /// Syllables of a question typed without diacritics that may be a function word as much as a content word ("ma": mà
    /// or a name, "hoi": hỏi or hội) and make no pair the index holds with a neighbour: searched, but a text lacking them
    /// loses nothing (<see cref="CoverageScorer"/>), as the question typed with diacritics would not have asked them.
    /// </summary>
    public IReadOnlySet<string> EitherWords { get; init; } = new HashSet<string>(StringComparer.Ordinal);
}

/// <summary>One thing the question asks for, satisfied by any of its phrases (folded, space-separated syllables).</summary>
public sealed record TermGroup(string Key, IReadOnlyList<string> Phrases);

/// <summary>What the question asks for, to favour sentences that hold that kind of fact.</summary>
public enum QuestionKind
{
    General,
    Number,
    Time,
    Place,
    Person,
}
