using System.Text;
using System.Text.RegularExpressions;
using DanVan.Core.Lexicon;
using DanVan.Core.Retrieval;
using DanVan.Core.Text;

namespace DanVan.Core.Answering;

// A clause checking a guess (ChecksGuess) that states a value asks that value: "Buổi tập huấn … năm 2022 hình như diễn
// ra hôm 30/4 phải không?" asks the day, "… có gần 2000 mô hình phải ko" the count, "… ban hành năm 2019 phải không?"
// the year, "… làm theo chỉ thị số 16 …, có đúng không?" the number. Read as the question that asks it ("… diễn ra
// ngày nào?"), every word from the lexicon's guesses, so the answer quotes the passage stating the true value instead
// of saying the materials never mention the guessed one.
public static partial class QuestionForm
{
    /// <summary>The kinds of value a guess states, as named in the lexicon's guess askers.</summary>
    private static class GuessKind
    {
        public const string Count = "count";
        public const string Share = "share";
        public const string Day = "day";
        public const string Year = "year";
        public const string Number = "number";
    }

    /// <summary>
    /// The question with each value a clause checking a guess states read as asked (see <see cref="LexiconData.GuessData"/>):
    /// a count or share stated approximately ("gần 2000 mô hình", "khoảng 1/4"), and the value that ends the guess (the
    /// words after it up to the closer name no act: "… diễn ra hôm 30/4 phải không", "… chỉ thị số 16 của Thủ tướng, có
    /// đúng không"; not "có phải năm 2025 tỉnh mở lớp không", where the year places the act). The guess's opener and
    /// closer go with it. A question whose other words then name nothing the materials must write (a province, a year, a
    /// name, a document) is left as it is: the value was all that named what it asks about.
    /// </summary>
    public static string AskGuessed(string question, QuestionLexicon lexicon, Vocabulary? vocabulary = null)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(lexicon);
        var clauses = Clauses(question);
        var edits = new List<(int Start, int End, string Text)>();
        var sentence = 0;
        for (var c = 0; c < clauses.Count; c++)
        {
            var tokens = clauses[c].Words.Select(w => w.Token).ToList();
            if (tokens.Count > 0 && GuessSpan(clauses, sentence, c, lexicon) is var (first, closerAt))
            {
                edits.AddRange(Guessed(question, clauses, first, c, closerAt, lexicon));
            }

            if (clauses[c].End >= question.Length || ".?!\n".Contains(question[clauses[c].End], StringComparison.Ordinal))
            {
                sentence = c + 1;
            }
        }

        if (edits.Count == 0)
        {
            return question;
        }

        var asked = Edited(question, edits);
        return NamesWhatItAsksAbout(asked, lexicon, vocabulary) ? asked : question;
    }

    // The clauses of a guess that clause c closes (see ChecksGuess), and where its closer starts, the chat after it aside:
    // a premise closer ending it ("… phải không"), the guess being this clause or, when it is only its closer
    // (", đúng không?"), its sentence up to it; or a yes/no closer after a premise opener of its sentence ("có phải …,
    // … không"), the guess running from the opener's clause.
    private static (int First, int CloserAt)? GuessSpan(List<Clause> clauses, int sentence, int c, QuestionLexicon lexicon)
    {
        var clause = clauses[c].Words.Select(w => w.Token).ToList();
        var (covered, _, _) = ChatCover(clause, lexicon.Form);
        var end = clause.Count;
        while (end > 0 && covered[end - 1])
        {
            end--;
        }

        var premise = Enumerable.Range(0, end).FirstOrDefault(i => LexiconMatcher.LongestAt(clause, i, lexicon.PremiseClosers) == end - i, -1);
        if (premise >= 0)
        {
            return (premise == SkipCourtesy(clause, 0, lexicon.Form) ? sentence : c, premise);
        }

        var yesNo = Enumerable.Range(0, end).FirstOrDefault(i => LexiconMatcher.LongestAt(clause, i, lexicon.Form.YesNoClosers) == end - i, -1);
        var opened = Enumerable.Range(sentence, c - sentence + 1).Reverse()
            .FirstOrDefault(k => LexiconMatcher.Find(clauses[k].Words.Select(w => w.Token).Take(k == c ? Math.Max(0, yesNo) : int.MaxValue).ToList(), lexicon.PremiseOpeners).Any(), -1);
        return yesNo >= 0 && opened >= 0 ? (opened, yesNo) : null;
    }

    private sealed record Value(int First, int Last, int End, string Kind, bool Approximate);

    // The edits that read one guess as asked: each value it guesses replaced by the asker of its kind, its opener and
    // closer left out; none when it guesses no value.
    private static IEnumerable<(int Start, int End, string Text)> Guessed(
        string question, List<Clause> clauses, int first, int last, int closerAt, QuestionLexicon lexicon)
    {
        var words = clauses.Skip(first).Take(last - first + 1).SelectMany(k => k.Words).ToList();
        var closer = words.Count - clauses[last].Words.Count + closerAt;
        var tokens = words.Select(w => w.Token).ToList();
        var values = ValuesIn(question, words, closer, lexicon);
        // A count stated approximately is the guess; otherwise the value that ends it, if one does.
        var guessed = values.Where(v => v.Approximate).ToList();
        var folded = tokens.Select(t => t.Folded).ToList();
        var provinces = Provinces.InNames(folded);
        var named = Enumerable.Range(0, words.Count).Select(i => provinces[i] || (i > 0 && char.IsUpper(question[words[i].Start]))).ToList();
        if (guessed.Count == 0 && values.Count > 0 && EndsGuess(tokens, named, values[^1], closer, lexicon))
        {
            guessed.Add(values[^1]);
        }

        if (guessed.Count == 0)
        {
            yield break;
        }

        var untyped = string.Equals(question, VietnameseText.Fold(question), StringComparison.OrdinalIgnoreCase);
        foreach (var value in guessed)
        {
            var asker = lexicon.GuessAskers.GetValueOrDefault(value.Kind);
            if (string.IsNullOrEmpty(asker))
            {
                continue;
            }

            var askerWords = Tokenizer.TokenizeTyped(asker);
            var start = value.First;
            if (value.Approximate)
            {
                start -= Enumerable.Range(1, Math.Min(start, 4)).Last(n => LexiconMatcher.LongestAt(tokens, start - n, lexicon.GuessApproximators) == n);
            }
            else if (start > 0 && askerWords.Count > 1 && (AsksWith(tokens[start - 1], askerWords[^1], value.Kind, lexicon)
                || (value.Kind == GuessKind.Number && LexiconMatcher.LongestAt(tokens, start - 1, lexicon.Form.Numbered) == 1)))
            {
                // "năm 2019" → "năm nào", "hôm 30/4" → "hôm nào", "số 16" → "số mấy", "Điều 5" → "Điều mấy": the word
                // before the value asks it with the asker's last word.
                asker = askerWords[^1].Typed;
            }

            yield return (words[start].Start, value.End, untyped ? VietnameseText.Fold(asker) : asker);
        }

        yield return (words[closer].Start, words[^1].End, string.Empty);
        var opener = LexiconMatcher.Find(tokens.Take(closer).ToList(), lexicon.PremiseOpeners).FirstOrDefault();
        if (opener.Length > 0 && opener.At + opener.Length <= guessed.Min(v => v.First))
        {
            yield return (words[opener.At].Start, words[opener.At + opener.Length - 1].End, string.Empty);
        }
    }

    // Whether the word and the asker's last word make a cue of the kind ("năm" and "nào": "năm nào").
    private static bool AsksWith(QueryToken word, QueryToken asker, string kind, QuestionLexicon lexicon) =>
        lexicon.Kinds.TryGetValue(kind, out var cues) && LexiconMatcher.LongestAt([word, asker], 0, cues) == 2;

    // The values the guess states before its closer, in order: days ("30/4", "1/1/2023"), shares ("1/4" after an
    // approximator, "30%"), years, numbers of what a document kind or a numbering word names ("chỉ thị số 16", "Điều 5")
    // and counts; not a document's code ("05-QC/ĐU") nor a span of years ("2021-2022").
    private static List<Value> ValuesIn(string question, List<Word> words, int closer, QuestionLexicon lexicon)
    {
        var tokens = words.Select(w => w.Token).ToList();
        var codes = lexicon.Patterns.DocumentCode.Matches(question).Select(m => (m.Index, End: m.Index + m.Length)).ToList();
        var values = new List<Value>();
        if (closer == 0)
        {
            return values;
        }

        foreach (Match run in NumberRun().Matches(question, words[0].Start))
        {
            var end = run.Index + run.Length;
            if (end > words[closer].Start)
            {
                break;
            }

            var first = words.FindIndex(w => w.Start == run.Index);
            var last = words.FindLastIndex(w => w.End <= end);
            if (first < 0 || last < first || codes.Any(c => c.Index < end && run.Index < c.End) || run.Value.Contains('-', StringComparison.Ordinal))
            {
                continue;
            }

            var approximate = QuestionLexicon.EndsAt(tokens, first, lexicon.GuessApproximators);
            var parts = run.Groups["part"].Captures.Count + 1;
            var plain = run.Groups["part"].Captures.Count == 0 && !run.Value.Contains('.', StringComparison.Ordinal) && !run.Value.Contains(',', StringComparison.Ordinal);
            string kind;
            if (run.Value.EndsWith('%'))
            {
                kind = GuessKind.Share;
            }
            else if (run.Value.Contains('/', StringComparison.Ordinal))
            {
                kind = approximate && parts == 2 ? GuessKind.Share : GuessKind.Day;
            }
            else if (plain && tokens[first].Folded.Length == 4 && DatePatterns.Year().IsMatch(tokens[first].Folded) && !lexicon.CountsAt(tokens, first))
            {
                kind = GuessKind.Year;
            }
            else if (plain && first > 0 && (LexiconMatcher.LongestAt(tokens, first - 1, lexicon.Form.Numbered) == 1 || QuestionLexicon.EndsAt(tokens, first, lexicon.DocumentTypes)))
            {
                kind = GuessKind.Number;
            }
            else
            {
                kind = GuessKind.Count;
            }

            values.Add(new Value(first, last, end, kind, approximate && kind is GuessKind.Count or GuessKind.Share));
        }

        return values;
    }

    // The value ends the guess: the words after it up to the closer (after what a count counts) name no act of a course,
    // of the lexicon's events or of saying ("có phải năm 2025 tỉnh mở lớp không": the year places the act), and words
    // other than the guess's opener, courtesy and what leads to the value ("chỉ thị số", "năm", "hôm") stand before it
    // ("Chỉ thị số 16 của Thủ tướng phải không?" names the document, it does not guess its number), a day or year not
    // right after a name (`named`: a province's syllable or a capitalised word): "lớp ở Quảng Trị năm 2010" names
    // the course by its year.
    private static bool EndsGuess(List<QueryToken> tokens, List<bool> named, Value value, int closer, QuestionLexicon lexicon)
    {
        var after = value.Last + 1;
        if (value.Kind == GuessKind.Count)
        {
            after += LexiconMatcher.LongestAt(tokens, after, lexicon.CountedWords);
        }

        var rest = tokens.Skip(after).Take(Math.Max(0, closer - after)).ToList();
        var acts = Enumerable.Range(0, rest.Count).Any(i => lexicon.CourseEventKeys.Contains(rest[i].Folded)
            || (i + 1 < rest.Count && lexicon.CourseEventKeys.Contains(rest[i].Folded + " " + rest[i + 1].Folded)));
        if (acts || LexiconMatcher.Find(rest, lexicon.EventPhrases).Any() || LexiconMatcher.Find(rest, lexicon.SayingVerbs).Any())
        {
            return false;
        }

        var lead = value.First;
        while (lead > 0 && (LexiconMatcher.LongestAt(tokens, lead - 1, lexicon.Form.Numbered) == 1 || LexiconMatcher.LongestAt(tokens, lead - 1, lexicon.TimeUnits) == 1
            || (lexicon.GuessAskers.TryGetValue(value.Kind, out var asker) && Tokenizer.TokenizeTyped(asker) is [.., var last] && AsksWith(tokens[lead - 1], last, value.Kind, lexicon))))
        {
            lead--;
        }

        if (value.Kind is GuessKind.Year or GuessKind.Day && lead > 0 && named[lead - 1])
        {
            return false;
        }

        lead -= Enumerable.Range(1, Math.Min(lead, 4)).FirstOrDefault(n => LexiconMatcher.LongestAt(tokens, lead - n, lexicon.DocumentTypes) == n);
        var (covered, _, _) = ChatCover(tokens, lexicon.Form);
        var openers = LexiconMatcher.Find(tokens, lexicon.PremiseOpeners).SelectMany(o => Enumerable.Range(o.At, o.Length)).ToHashSet();
        return Enumerable.Range(0, lead).Any(i => !covered[i] && !openers.Contains(i));
    }

    // Whether the question still names what it asks about once the guessed value is asked: a year, a province, a name or
    // document the materials must write, or a name they write — capitalised, or in lower case after its kind of
    // locality ("xa phuoc thinh": the index writes "xã Phước Thịnh") or without it ("ben phuoc thinh").
    private static bool NamesWhatItAsksAbout(string question, QuestionLexicon lexicon, Vocabulary? vocabulary)
    {
        var query = QueryBuilder.Build(question, vocabulary ?? Vocabulary.Empty, lexicon);
        return query.Years.Count > 0 || query.Provinces.Count > 0 || !NamedMentions.Of(question, query, lexicon, vocabulary: vocabulary).IsEmpty
            || (vocabulary is not null && (NamedMentions.NamesWrittenName(question, vocabulary) || NamedMentions.NamesWrittenLocality(question, lexicon, vocabulary)
                || lexicon.Patterns.LowerCaseLocality.Matches(question).Any(m => Vocabulary.Writes(vocabulary, [.. Tokenizer.Tokenize(m.Groups["kind"].Value).TakeLast(1), .. Tokenizer.Tokenize(m.Groups["name"].Value)]))));
    }

    // The text with the edits made (spans left out or replaced), spaces and the punctuation of a clause left empty tidied.
    private static string Edited(string text, List<(int Start, int End, string Text)> edits)
    {
        var result = new StringBuilder(text.Length);
        var at = 0;
        foreach (var (start, end, replacement) in edits.OrderBy(e => e.Start))
        {
            if (start < at)
            {
                continue;
            }

            result.Append(text, at, start - at).Append(replacement);
            at = end;
        }

        result.Append(text, at, text.Length - at);
        var edited = Spaces().Replace(result.ToString(), " ");
        edited = EmptyClause().Replace(edited, string.Empty).Replace(" ,", ",", StringComparison.Ordinal).Replace(" ?", "?", StringComparison.Ordinal);
        return edited.Trim().TrimStart(',', ';', ':', ' ');
    }

    // A number as written: digits, groups after a thousands point or a date's slashes, a percent sign.
    [GeneratedRegex(@"(?<![\p{L}\d/.,-])\d+(?:[.,]\d{3})*(?:\s*/\s*(?<part>\d+)){0,2}(?:\s*-\s*\d+)?(?:\s*%)?(?![\p{L}\d/-])")]
    private static partial Regex NumberRun();

    // A comma left before the end of a sentence or another comma once what followed it is gone.
    [GeneratedRegex(@"\s*,\s*(?=[,?.!]|$)")]
    private static partial Regex EmptyClause();
}
