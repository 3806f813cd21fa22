using System.Text;
using DanVan.Core.Text;

namespace DanVan.Core.Retrieval;

/// <summary>
/// Reads the chat, colloquial and regional forms of a question's words as the standard words they stand for (data:
/// <c>spokenForms</c> of <c>Text/words.json</c> and the admin's <c>lexicon.local.json</c>): teencode ("ko", "dc", "j",
/// "bn", "vs"), Southern and Central question words, pronouns, particles, time words and verbs ("chừng nào", "ở mô",
/// "mấy ổng", "bữa nay", "mần"). It runs first in <see cref="QuestionSpelling.Correct"/>, so search, the kind of fact
/// asked and what the question names all see "không", "gì", "bao nhiêu" and "họ".
/// <para>
/// A form matches as typed, and a phrase written with diacritics also matches its folded spelling ("may ong"); a single
/// word written with them does not ("gòi" is rồi, "goi" may be gọi, a word the index need not hold). A form is left as
/// typed where it may be a word of the materials: the index writes it (a word typed with diacritics in that spelling;
/// one typed without, folded, in at least <see cref="CommonShare"/> of its passages; a phrase typed without them as all
/// its pairs: "tinh mo" may be tỉnh mở, "tỉnh mô" is not), or writes its first word with the word before or its last
/// word with the word after where the standard words do not begin or end with it ("ở mô hình" is no "ở mô"). Words
/// typed in capitals (abbreviations: "ĐC", a capital letter alone), words glued into a code ("45-kh/tu", "V-League")
/// and a piece of a word typed apart ("v ận", "k hông": it and its neighbour make a syllable the index holds) stay. A question typed without diacritics gets the standard words folded, so it stays one typed without
/// them. A form that is also an abbreviation ("dc": được, or ĐC, đồng chí) is read as the sense the index writes between
/// its neighbours ("dc truong ban" stays for the abbreviation's reading; "co dc ko" is "có được không").
/// </para>
/// </summary>
public static class SpokenForms
{
    /// <summary>
    /// The share of passages from which a folded syllable the index holds is a common word of the materials: a form typed
    /// without diacritics that folds like it ("hon": hơn, "hong": Hồng) is left as typed. A rarer one ("ko" where one
    /// passage writes the name "Kô") is read as the spoken form, unless the index writes it beside its neighbours.
    /// </summary>
    private const double CommonShare = 0.02;

    /// <summary>The question with its spoken forms read as standard words (the text itself when it has none).</summary>
    public static string Standard(string question, Vocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(vocabulary);
        var lists = WordLists.Current;
        if (lists.SpokenForms.Count == 0)
        {
            return question;
        }

        var words = QuestionSpelling.Words(question);
        var plain = !question.Any(c => c > '\u007F' && char.IsLetter(c));
        StringBuilder? builder = null;
        var position = 0;
        for (var i = 0; i < words.Count; i++)
        {
            for (var n = Math.Min(lists.LongestSpokenForm, words.Count - i); n >= 1; n--)
            {
                if (Reading(question, words, i, n, lists, vocabulary) is not { } standard)
                {
                    continue;
                }

                var text = plain ? VietnameseText.Fold(standard) : standard;
                if (char.IsUpper(words[i].Text[0]))
                {
                    text = char.ToUpperInvariant(text[0]) + text[1..];
                }

                builder ??= new StringBuilder(question.Length + 16);
                builder.Append(question, position, words[i].Start - position).Append(text);
                position = words[i + n - 1].End;
                i += n - 1;
                break;
            }
        }

        return builder is null ? question : builder.Append(question, position, question.Length - position).ToString();
    }

    // Whether an abbreviation's sense, not the spoken form's standard words, is what the index writes between the form's
    // neighbours: a sense whose pairs with every neighbour the index writes, where the standard words' pairs are not all
    // written or less often ("dc truong ban": "đồng chí Trưởng ban"; "Dc Nguyen Van A"). Otherwise, or with no
    // neighbour, the spoken form ("co dc ko", "hoc dc gi": được), whatever the index writes of the short form alone.
    private static bool AbbreviationFits(List<QuestionSpelling.Word> words, int at, string standard, string[] senses, Vocabulary vocabulary)
    {
        var before = at > 0 ? words[at - 1].Folded : null;
        var after = at + 1 < words.Count ? words[at + 1].Folded : null;
        if (before is null && after is null)
        {
            return false;
        }

        var spoken = Support(Tokenizer.Tokenize(standard));
        return senses.Select(sense => Support(Tokenizer.Tokenize(sense))).Any(sense => sense.All && (!spoken.All || sense.Count > spoken.Count));

        (bool All, long Count) Support(List<string> reading)
        {
            if (reading.Count == 0)
            {
                return (false, 0);
            }

            var pairs = new[] { before is null ? null : IndexText.Pair(before, reading[0]), after is null ? null : IndexText.Pair(reading[^1], after) }.OfType<string>().ToList();
            return (pairs.All(vocabulary.Contains), pairs.Sum(p => (long)vocabulary.Frequency(p)));
        }
    }

    // A character that joins a word into a code or a name: "45-KH/TU", "V-League", "ct-ttg".
    private static bool Glued(string question, int at) =>
        at >= 0 && at < question.Length && question[at] is '-' or '/' or '.' or '_' or '&' or '+' or '@' or '#';

    // The standard words for the n words from `at`, or null: not a spoken form, one typed in capitals, split by
    // punctuation, or one the index may write as a word of the materials.
    private static string? Reading(string question, List<QuestionSpelling.Word> words, int at, int n, WordLists lists, Vocabulary vocabulary)
    {
        var span = words.GetRange(at, n);
        if (span.Any(w => w.Text.Length >= 2 ? w.Text.All(c => !char.IsLetter(c) || char.IsUpper(c)) : char.IsUpper(w.Text[0]))
            || Glued(question, span[0].Start - 1) || Glued(question, span[^1].End)
            || Enumerable.Range(at, n - 1).Any(k => question.AsSpan(words[k].End, words[k + 1].Start - words[k].End).Trim().Length > 0))
        {
            return null;
        }

        var typed = string.Join(' ', span.Select(w => w.Text.ToLowerInvariant()));
        var folded = span.Select(w => w.Folded).ToList();
        var asTyped = lists.SpokenForms.TryGetValue(typed, out var standard);
        if (!asTyped && (n == 1 || !lists.FoldedSpokenForms.TryGetValue(string.Join(' ', folded), out standard)
            || !string.Equals(typed, VietnameseText.Fold(typed), StringComparison.Ordinal)))
        {
            return null;
        }

        // A piece of a word typed apart ("d ân v ận", "k hông", "ng ười") is left for the spelling step to join.
        if (n == 1 && ((at > 0 && vocabulary.Contains(words[at - 1].Folded + folded[0]))
                || (at + 1 < words.Count && vocabulary.Contains(folded[0] + words[at + 1].Folded))))
        {
            return null;
        }

        // A form that is also an abbreviation ("dc": được, or ĐC, đồng chí) is read as the sense its neighbours support.
        if (n == 1 && standard is not null && Abbreviations.Readings(folded, 0, out var spanned) is { } senses && spanned == 1)
        {
            return AbbreviationFits(words, at, standard, senses, vocabulary) ? null : standard;
        }

        var plainTyped = string.Equals(typed, string.Join(' ', folded), StringComparison.Ordinal);
        if (n == 1
                ? vocabulary.Contains(folded[0]) && (plainTyped ? vocabulary.Ratio(folded[0]) >= CommonShare : vocabulary.Writes(typed, folded[0]))
                : plainTyped && Vocabulary.Writes(vocabulary, folded))
        {
            return null;
        }

        // A neighbour pair the index writes says the form is a word of the materials there, unless the standard words
        // begin or end with that same syllable ("có bao nhiu": "có bao" is written because "bao nhiêu" is).
        var reading = Tokenizer.Tokenize(standard);
        var writtenBefore = at > 0 && folded[0] != reading[0] && vocabulary.Contains(IndexText.Pair(words[at - 1].Folded, folded[0]));
        var writtenAfter = at + n < words.Count && folded[^1] != reading[^1] && vocabulary.Contains(IndexText.Pair(folded[^1], words[at + n].Folded));
        return writtenBefore || writtenAfter ? null : standard;
    }
}
