namespace DanVan.Core.Text;

/// <summary>The JSON shape of <c>words.json</c> and of the same keys in an admin's <c>lexicon.local.json</c>.</summary>
public sealed class WordListsData
{
    /// <summary>Unambiguous abbreviation → expansion (both may be written with diacritics; they are folded).</summary>
    public Dictionary<string, string> Abbreviations { get; set; } = [];

    /// <summary>Short form → its readings, expanded in questions only.</summary>
    public Dictionary<string, string[]> AmbiguousAbbreviations { get; set; } = [];

    /// <summary>Function words as typed with diacritics.</summary>
    public List<string> StopWords { get; set; } = [];

    /// <summary>Folded forms that are function words whenever typed without diacritics.</summary>
    public List<string> PlainStopWords { get; set; } = [];

    /// <summary>Chat, colloquial and regional forms of words (as typed, lower case) → the standard written words.</summary>
    public Dictionary<string, string> SpokenForms { get; set; } = [];

    /// <summary>Numbers said in words (years, ordinals) and the words they follow.</summary>
    public SpokenNumberData SpokenNumbers { get; set; } = new();
}
