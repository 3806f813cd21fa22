using DanVan.Core.Lexicon;
using DanVan.Core.Text;

namespace DanVan.Core.Answering;

/// <summary>
/// Years that are part of a document's name, not the date of what a sentence reports: a year right after a named
/// document of the lexicon's <c>documentTypes</c>, past "năm" ("Luật Thực hiện dân chủ ở cơ sở năm 2022", "Luật Tín
/// ngưỡng, tôn giáo năm 2016"). The document is named when its kind is written with a capital inside the sentence, or
/// when the word after its kind is (a title, a number). Its name runs to the year over its own words, up to a clause
/// boundary, another document, a comma before "năm" ("Luật Đất đai, năm 2024 …" tells of 2024) or a function word
/// before "năm" ("… triển khai trong năm 2024").
/// </summary>
public static class DocumentYears
{
    /// <summary>How many words a document's name may take between its kind and "năm".</summary>
    private const int MaxNameWords = 10;

    private static readonly System.Buffers.SearchValues<char> ClauseMarks = System.Buffers.SearchValues.Create(".;:!?()\"“”[]");

    /// <summary>Where each year naming a document stands in <paramref name="sentence"/> (start, length), with the
    /// document's kind (folded, "luat").</summary>
    public static IReadOnlyList<(int Start, int Length, string Type)> Find(string sentence, QuestionLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(lexicon);
        var found = new List<(int, int, string)>();
        if (!DatePatterns.Year().IsMatch(sentence))
        {
            return found;
        }

        var spans = Tokenizer.TypedSpans(sentence, 0, sentence.Length);
        var tokens = spans.Select(s => s.Token with { Written = true }).ToList();
        var types = LexiconMatcher.Find(tokens, lexicon.DocumentTypes).ToList();
        foreach (var (at, length) in types)
        {
            var first = at + length;
            if (first >= tokens.Count || !IsNamed(sentence, spans, at, first))
            {
                continue;
            }

            var titled = char.IsUpper(sentence[spans[first].Start]);
            for (var i = first; i + 1 < tokens.Count && i - first <= MaxNameWords; i++)
            {
                var time = LexiconMatcher.LongestAt(tokens, i, lexicon.TimeUnits) == 1;
                if (i > first && (Breaks(sentence, spans[i - 1].End, spans[i].Start, titled, time) || types.Any(t => t.At == i) || (i - first >= 2 && char.IsDigit(tokens[i].Folded[0]))))
                {
                    break;
                }

                if (time && tokens[i + 1].Folded.Length == 4 && DatePatterns.Year().IsMatch(tokens[i + 1].Folded)
                    && !Breaks(sentence, spans[i].End, spans[i + 1].Start, titled: false, time: false)
                    && (i == first || !IsFunctionWord(tokens[i - 1])))
                {
                    found.Add((spans[i + 1].Start, spans[i + 1].End - spans[i + 1].Start, string.Join(' ', tokens.Skip(at).Take(length).Select(t => t.Folded))));
                    break;
                }
            }
        }

        return found;
    }

    /// <summary><paramref name="sentence"/> with the years naming documents blanked out.</summary>
    public static string Without(string sentence, QuestionLexicon lexicon)
    {
        var years = Find(sentence, lexicon);
        if (years.Count == 0)
        {
            return sentence;
        }

        var chars = sentence.ToCharArray();
        foreach (var (start, length, _) in years)
        {
            Array.Fill(chars, '_', start, length);
        }

        return new string(chars);
    }

    // A stop word, as written: one written without diacritics is that word ("trong").
    private static bool IsFunctionWord(QueryToken token) => StopWords.IsWrittenStopWord(token.Typed);

    // A document of a kind written with a capital inside the sentence ("theo Luật …"), or one whose next word is a
    // title or a number ("Luật Đất đai", "Nghị quyết 25") at the sentence's start.
    private static bool IsNamed(string sentence, List<(int Start, int End, QueryToken Token)> spans, int at, int first) =>
        char.IsUpper(sentence[spans[at].Start]) && (at > 0 || char.IsUpper(sentence[spans[first].Start]) || char.IsDigit(sentence[spans[first].Start]));

    // What ends a document's name between two words: a clause mark, a comma unless the name is a title going on in lower
    // case ("Luật Tín ngưỡng, tôn giáo") and not going on with a time ("…, năm 2024"). A number past the name's first two
    // words ends it too ("Chỉ thị 18 … mở 5 lớp").
    private static bool Breaks(string sentence, int from, int to, bool titled, bool time)
    {
        var gap = sentence.AsSpan(from, to - from);
        if (gap.IndexOfAny(ClauseMarks) >= 0)
        {
            return true;
        }

        return gap.Contains(',') && (!titled || char.IsUpper(sentence[to]) || char.IsDigit(sentence[to]) || time);
    }
}
