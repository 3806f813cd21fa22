using System.Text;
using DanVan.Core.Text;

namespace DanVan.Core.Retrieval;

/// <summary>
/// Reads a province written as its initials ("lớp NB", "ở QT", "BP năm 2016") as the province's name, before anything
/// else reads the question (<see cref="AbbreviationSpellings.Standard"/>), so that search and the grounding of what the
/// question names see the place. The initials are those of every one of <see cref="Provinces.Names"/> (the first letter
/// of each syllable, Đ kept apart from D when typed); a word is read so only when:
/// <list type="bullet">
/// <item>it is two to four letters typed in capitals (in a question that is not all capitals), or in lower case where
/// they can be no syllable ("o nb": the question typed plain and lower-cased), not part of a code;</item>
/// <item>it is none of the abbreviation table's short forms (those keep their readings: "TB", "HN", "DN");</item>
/// <item>exactly one province of the 63 has those initials ("ĐN" is Đắk Nông, Đà Nẵng or Đồng Nai: left as typed);</item>
/// <item>the materials write that province's name (initials of a province they lack stay initials: nothing to gain).</item>
/// </list>
/// In the same pass, initials of no province that the table lacks and the materials never write as a word are written
/// out as the one phrase of the index they clearly stand for (<see cref="PhraseInitials"/>).
/// </summary>
public static class ProvinceInitials
{
    private static readonly Lazy<Dictionary<string, string?>> ByInitials = new(Build);

    /// <summary>The question with provinces' initials written out as their names, and other initials as their phrase (the text itself when there are none).</summary>
    public static string WrittenOut(string question, Vocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(vocabulary);
        var words = QuestionSpelling.Words(question);
        if (words.Count < 2 || words.All(w => !w.Text.Any(char.IsLower)))
        {
            return question;
        }

        var plain = !question.Any(c => c > '\u007F' && char.IsLetter(c) && c is not 'đ' and not 'Đ');
        var table = WordLists.Current.Abbreviations;
        StringBuilder? builder = null;
        var position = 0;
        foreach (var word in words)
        {
            if ((NameOf(question, word, table, vocabulary) ?? PhraseOf(question, word, table, vocabulary)) is not { } name)
            {
                continue;
            }

            builder ??= new StringBuilder(question.Length + 16);
            builder.Append(question, position, word.Start - position).Append(plain ? VietnameseText.Fold(name) : name);
            position = word.End;
        }

        return builder is null ? question : builder.Append(question, position, question.Length - position).ToString();
    }

    /// <summary>The one province of the 63 whose initials are <paramref name="capitals"/> ("QT" → Quảng Trị), or null.</summary>
    public static string? Province(string capitals)
    {
        ArgumentNullException.ThrowIfNull(capitals);
        return ByInitials.Value.GetValueOrDefault(capitals.ToUpperInvariant());
    }

    private static string? NameOf(string question, QuestionSpelling.Word word, AbbreviationTable table, Vocabulary vocabulary)
    {
        if (word.Text.Length > 4 || !TypedAsInitials(question, word, table) || Province(word.Text) is not { } province)
        {
            return null;
        }

        return Vocabulary.Writes(vocabulary, Provinces.FoldedTokens(province)) ? province : null;
    }

    // Initials of no province that the materials never write as a word ("DCCS", "NCUT"): the one phrase of the index
    // they clearly stand for (PhraseInitials). Typed in lower case, only from three letters on and when no chat form
    // reads them ("dc", "ntn" are words typed short).
    private static string? PhraseOf(string question, QuestionSpelling.Word word, AbbreviationTable table, Vocabulary vocabulary)
    {
        var text = word.Text;
        if (text.Length > PhraseInitials.MaxLetters || !TypedAsInitials(question, word, table) || Province(text) is not null
            || vocabulary.Contains(word.Folded)
            || (text.All(char.IsLower) && (text.Length < 3 || WordLists.Current.SpokenForms.ContainsKey(text) || WordLists.Current.FoldedSpokenForms.ContainsKey(word.Folded))))
        {
            return null;
        }

        return PhraseInitials.Of(vocabulary).Phrase(word.Folded);
    }

    // Two or more letters typed in capitals, or in lower case where the letters can be no syllable ("o nb", "lop qt": a
    // question typed plain and lower-cased keeps the reading its capitals had); not part of a code, and none of the
    // abbreviation table's short forms (those keep their readings: "TB", "HN", "DN").
    private static bool TypedAsInitials(string question, QuestionSpelling.Word word, AbbreviationTable table)
    {
        var text = word.Text;
        if (text.Length < 2 || !text.All(char.IsLetter) || !(text.All(char.IsUpper) || (text.All(char.IsLower) && !Syllables.IsPossible(word.Folded)))
            || Joined(question, word.Start - 1) || Joined(question, word.End))
        {
            return false;
        }

        return !table.Map.ContainsKey(word.Folded) && !table.QueryOnly.ContainsKey(word.Folded) && !table.Marked.ContainsKey(text.ToLowerInvariant());
    }

    // A character that joins the word into a code ("27-KH/TU", "QT.01").
    private static bool Joined(string question, int at) =>
        at >= 0 && at < question.Length && question[at] is '-' or '/' or '_' or '&' or '+' or '@' or '#' or '.' && !(at == question.Length - 1);

    private static Dictionary<string, string?> Build()
    {
        // Initials → the province, or null when several provinces share them. D also stands for Đ (typed without the
        // bar); Đ only for Đ.
        var map = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var name in Provinces.Names)
        {
            var syllables = name.Replace("TP. ", string.Empty, StringComparison.Ordinal)
                .Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
            var marked = string.Concat(syllables.Select(s => char.ToUpperInvariant(s[0])));
            foreach (var key in new[] { marked, marked.Replace('Đ', 'D') }.Distinct())
            {
                map[key] = map.TryGetValue(key, out var other) && other != name ? null : name;
            }
        }

        return map;
    }
}
