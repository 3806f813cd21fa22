using System.Text;
using System.Text.RegularExpressions;
using DanVan.Core.Text;

namespace DanVan.Core.Retrieval;

/// <summary>
/// Reads the ways a question may spell a known abbreviation (<c>abbreviations</c> and <c>ambiguousAbbreviations</c> of
/// <see cref="WordLists"/>) other than the table's, before anything else reads the question
/// (<see cref="QuestionSpelling.Correct"/>):
/// <list type="bullet">
/// <item>written with dots between its capitals ("U.B.N.D", "H.Đ.N.D"), which the tokenizer would take for lone
/// letters: joined;</item>
/// <item>glued to the number it goes with ("NQ25", "CT18"), which the tokenizer would take for one unknown word: split;</item>
/// <item>written with Đ where the same letters with D are another entry ("NĐ" nghị định, "ND" nội dung or nhân dân):
/// written out as the Đ entry's one reading;</item>
/// <item>a short form that is also a syllable ("TU": Tỉnh ủy, or từ; "ĐU" typed "du": Đảng ủy, or dự) written out as its
/// one reading when typed in capitals in a question that is not all capitals, or typed plain where the index (and the
/// lexicon's phrases, through <see cref="QuestionSpelling"/>) writes the reading after the word before clearly more
/// often than the word beside its neighbours ("ban dan van tu": vận tỉnh, not vận từ; "bi thu du": thư đảng).</item>
/// </list>
/// Then a province's initials are read as its name (<see cref="ProvinceInitials"/>), and other initials the table lacks
/// as the one phrase of the index they clearly stand for (<see cref="PhraseInitials"/>).
/// Anything else (initials of a name, "Đ7" for an article, a code such as "27-KH/BDVTU") stays as typed.
/// </summary>
public static partial class AbbreviationSpellings
{
    /// <summary>How much more often the index must write a plain-typed short form's reading after the word before than the word beside its neighbours.</summary>
    private const int Clearer = 3;

    // Two or more capitals each followed by a dot (the last dot optional), not part of a longer word or number.
    [GeneratedRegex(@"(?<![\p{L}\p{N}.])(?:\p{Lu}\.){1,11}\p{Lu}\.?(?![\p{L}\p{N}])")]
    private static partial Regex Dotted();

    // Letters then digits in one word ("NQ25", "ct18").
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(\p{L}{2,8})(\d{1,4})(?![\p{L}\p{N}])")]
    private static partial Regex Glued();

    /// <summary>The question with its abbreviations spelt as the table reads them (the text itself when there are none).</summary>
    /// <param name="pairUses">How many passages count as holding a pair of folded syllables: the index's count when null;
    /// <see cref="QuestionSpelling"/> adds the lexicon's pairs ("bí thư đảng ủy").</param>
    public static string Standard(string question, Vocabulary vocabulary, Func<string, string, long>? pairUses = null)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(vocabulary);
        var table = WordLists.Current.Abbreviations;
        var text = question;
        if (text.Contains('.', StringComparison.Ordinal))
        {
            text = Dotted().Replace(text, m => IsShortForm(table, m.Value.Replace(".", string.Empty, StringComparison.Ordinal))
                ? m.Value.Replace(".", string.Empty, StringComparison.Ordinal) + (m.Value.EndsWith('.') && m.Index + m.Length == text.Length ? "." : string.Empty)
                : m.Value);
        }

        if (text.Any(char.IsDigit))
        {
            text = Glued().Replace(text, m => IsShortForm(table, m.Groups[1].Value) ? m.Groups[1].Value + " " + m.Groups[2].Value : m.Value);
        }

        pairUses ??= (first, second) => vocabulary.Frequency(IndexText.Pair(first, second));
        return ProvinceInitials.WrittenOut(WrittenOut(text, table, pairUses), vocabulary);
    }

    // The letters when they spell one of the table's short forms as abbreviations are typed (no vowel with marks but đ).
    private static bool IsShortForm(AbbreviationTable table, string letters)
    {
        var token = Tokenizer.TokenizeTyped(letters);
        return token.Count == 1 && Abbreviations.IsTypedAsAbbreviation(token[0])
            && (table.Map.ContainsKey(token[0].Folded) || table.QueryOnly.ContainsKey(token[0].Folded) || table.Marked.ContainsKey(token[0].Typed));
    }

    private static string WrittenOut(string question, AbbreviationTable table, Func<string, string, long> pairUses)
    {
        var words = QuestionSpelling.Words(question);
        var plain = !question.Any(c => c > '\u007F' && char.IsLetter(c) && c is not 'đ' and not 'Đ');
        var allCapitals = words.Count(w => w.Text.Any(char.IsLetter)) > 1 && words.All(w => !w.Text.Any(char.IsLower));
        StringBuilder? builder = null;
        var position = 0;
        for (var i = 0; i < words.Count; i++)
        {
            if (Reading(question, words, i, table, pairUses, allCapitals) is not { } reading)
            {
                continue;
            }

            builder ??= new StringBuilder(question.Length + 16);
            builder.Append(question, position, words[i].Start - position).Append(plain ? VietnameseText.Fold(reading) : reading);
            position = words[i].End;
        }

        return builder is null ? question : builder.Append(question, position, question.Length - position).ToString();
    }

    // The one reading a word is written out as, or null.
    private static string? Reading(string question, List<QuestionSpelling.Word> words, int at, AbbreviationTable table, Func<string, string, long> pairUses, bool allCapitals)
    {
        var word = words[at];
        var typed = word.Text.ToLowerInvariant();
        if (word.Text.Length < 2 || !word.Text.All(char.IsLetter) || Joined(question, word.Start - 1, -1) || Joined(question, word.End, 1))
        {
            return null;
        }

        if (typed.Contains('đ', StringComparison.Ordinal))
        {
            return table.Marked.TryGetValue(typed, out var marked) && marked.Length == 1 ? marked[0] : null;
        }

        if (!string.Equals(typed, word.Folded, StringComparison.Ordinal) || !Syllables.IsPossible(word.Folded)
            || !(table.Written.TryGetValue(word.Folded, out var senses) || table.MarkedPlain.TryGetValue(word.Folded, out senses)) || senses is not [var sense])
        {
            return null;
        }

        if (word.Text.All(char.IsUpper))
        {
            return allCapitals ? null : sense;
        }

        // Typed plain: the reading where the index writes it after the word before at least Clearer times as often as the
    // word itself beside its neighbours ("dân vận tỉnh" 25 times, "dân vận từ" once).
        var reading = Tokenizer.Tokenize(sense);
        if (reading.Count == 0)
        {
            return null;
        }

        var before = at > 0 ? words[at - 1].Folded : null;
        var after = at + 1 < words.Count ? words[at + 1].Folded : null;
        if (before is null)
        {
            return null;
        }

        var support = pairUses(before, reading[0]);
        var against = pairUses(before, word.Folded) + (after is null ? 0L : pairUses(word.Folded, after));
        return support > 0 && support >= Clearer * against ? sense : null;
    }

    // A character that joins a word into a code ("27-KH/TU", "TU.01"; a dot ending a sentence does not).
    private static bool Joined(string question, int at, int step) =>
        at >= 0 && at < question.Length && (question[at] is '-' or '/' or '_' or '&' or '+' or '@' or '#'
            || (question[at] == '.' && at + step >= 0 && at + step < question.Length && char.IsLetterOrDigit(question[at + step])));
}
