using System.Text;
using System.Text.RegularExpressions;
using DanVan.Core.Lexicon;
using DanVan.Core.Retrieval;
using DanVan.Core.Text;

namespace DanVan.Core.Answering;

/// <summary>
/// Reads a question's form apart from what it asks, before search and the answer decision, with every word from the
/// lexicon (<see cref="LexiconData.FormData"/>): a count asker that asks no count ("mấy năm gần đây", "liệt kê giúp mấy
/// chuyên đề", "có mấy ông … không", "lãnh đạo mấy ban ngành … nói chuyện gì") and an approximator right before a
/// count asker ("tính ra khoảng bao nhiêu") are left out, and so are a magnitude after a count asker ("mấy trăm
/// người"), a preposition that only introduces a name ("bên Tuyên Quang", "hồi 2022") and an indefinite question word
/// of a yes/no clause beside another ask ("kết quả thế nào, có ai trượt không"); and the chat around the question: a
/// clause made only of chat and courtesy words ("Cho em hỏi chút,", ", bot trả lời giúp em nhé."), and a run of them holding a chat
/// word at the question's start or end ("Nhờ bot tra giúp …", "… vậy mọi người"), final particles ("… a?") and a yes/no
/// frame around the whole question ("Bạn có biết … không?"). What is left asks the same thing.
/// </summary>
public static partial class QuestionForm
{
    /// <summary>
    /// A span of years written short ("giai đoạn 21-22", "2021-22") as the materials write it ("2021-2022"), so that its
    /// years are looked for and grounded as years, not as a numbered stage ("giai đoạn 21") the materials never name.
    /// Only a span forward (the second year after the first).
    /// </summary>
    public static string WithFullYears(string question, QuestionLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(lexicon);
        return lexicon.Patterns.ShortYearSpan.Replace(question, m =>
        {
            var from = int.Parse(m.Groups["from"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var to = int.Parse(m.Groups["to"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var century = m.Groups["century"].Success ? m.Groups["century"].Value : from >= 70 ? "19" : "20";
            return to <= from ? m.Value : $"{century}{m.Groups["from"].Value}{m.Groups["dash"].Value}{century}{m.Groups["to"].Value}";
        });
    }

    /// <summary>The question with what its form adds to what it asks left out; the question itself when nothing is.</summary>
    /// <param name="question">The question as typed.</param>
    /// <param name="lexicon">The lexicon every word of the form comes from.</param>
    /// <param name="vocabulary">
    /// The index's vocabulary: a preposition typed without diacritics ("hoi" may be hồi, hội or hỏi) is read as one only
    /// when it makes no pair the index writes with the word before it ("dai hoi" is đại hội). Without it, never.
    /// </param>
    public static string Read(string question, QuestionLexicon lexicon, Vocabulary? vocabulary = null)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(lexicon);
        question = WithFullYears(AskGuessed(question, lexicon, vocabulary), lexicon);
        var clauses = Clauses(question);
        var dropped = new HashSet<(int Clause, int Word)>();
        for (var c = 0; c < clauses.Count; c++)
        {
            var tokens = clauses[c].Words.Select(w => w.Token).ToList();
            foreach (var at in IndefiniteAskers(tokens, lexicon).Concat(Approximators(tokens, lexicon)).Concat(Magnitudes(tokens, lexicon))
                         .Concat(NamePrepositions(tokens, lexicon, vocabulary)))
            {
                dropped.Add((c, at));
            }
        }

        // Indefinite question words of a yes/no clause, when another clause asks what the question asks.
        var words = clauses.Select(k => k.Words.Select(w => w.Token).ToList()).ToList();
        var existentials = words.Select(tokens => Existentials(tokens, lexicon.Form).ToHashSet()).ToList();
        for (var c = 0; c < clauses.Count; c++)
        {
            if (existentials[c].Count > 0 && Enumerable.Range(0, clauses.Count).Any(o => o != c && Asks(words[o], existentials[o], lexicon)))
            {
                dropped.UnionWith(existentials[c].Select(at => (c, at)));
            }
        }

        // Chat: whole clauses of it, then a run holding a chat word at the start of the first clause left and the end of the last.
        var form = lexicon.Form;
        var kept = new List<int>();
        for (var c = 0; c < clauses.Count; c++)
        {
            var tokens = clauses[c].Words.Select(w => w.Token).ToList();
            var (covered, _, _) = ChatCover(tokens, form);
            if (tokens.Count > 0 && covered.All(x => x) && clauses.Count(k => k.Words.Count > 0) > 1)
            {
                for (var i = 0; i < tokens.Count; i++)
                {
                    dropped.Add((c, i));
                }
            }
            else if (tokens.Count > 0)
            {
                kept.Add(c);
            }
        }

        if (kept.Count > 0)
        {
            DropRun(clauses, kept[0], fromStart: true, form, dropped);
            DropRun(clauses, kept[^1], fromStart: false, form, dropped);
            DropAskFrame(clauses, kept[0], kept[^1], form, dropped);
        }

        return dropped.Count == 0 ? question : Rebuild(question, clauses, dropped);
    }

    // The count askers of the clause that ask no count: before a time phrase ("mấy năm gần đây"), after a list imperative
    // opening the clause ("liệt kê giúp mấy chuyên đề"), inside a yes/no frame opening the clause ("có mấy ông … không"),
    // opening the subject of a yes/no clause ("mấy người trong ban chỉ đạo có thuộc diện … không": those people), or before another question word with no joiner between ("lãnh đạo mấy ban ngành … còn nói chuyện gì").
    private static IEnumerable<int> IndefiniteAskers(List<QueryToken> clause, QuestionLexicon lexicon)
    {
        var form = lexicon.Form;
        foreach (var (at, length) in LexiconMatcher.Find(clause, form.IndefiniteAskers))
        {
            // "năm mấy", "số mấy", "điều mấy": the asker is part of a longer question word, or numbers what is before it.
            if (IsPartOfLongerCue(clause, at, lexicon) || Enumerable.Range(1, Math.Min(at, 2)).Any(n => LexiconMatcher.LongestAt(clause, at - n, form.Numbered) == n))
            {
                continue;
            }

            var after = at + length;
            var opener = SkipCourtesy(clause, 0, form);
            if (LexiconMatcher.LongestAt(clause, after, form.IndefiniteTimes) > 0
                || (LexiconMatcher.LongestAt(clause, opener, form.ListImperatives) is var list and > 0 && SkipCourtesy(clause, opener + list, form) == at)
                || (LexiconMatcher.LongestAt(clause, opener, form.YesNoOpeners) is var yes and > 0 && opener + yes == at && EndsYesNo(clause, form))
                || (opener == at && EndsYesNo(clause, form) && Enumerable.Range(after, clause.Count - after).Any(k => LexiconMatcher.LongestAt(clause, k, form.YesNoOpeners) > 0))
                || AnotherAskerFollows(clause, after, form))
            {
                for (var k = 0; k < length; k++)
                {
                    yield return at + k;
                }
            }
        }
    }

    // An approximator right before a count asker ("khoảng bao nhiêu", "tính ra khoảng mấy").
    private static IEnumerable<int> Approximators(List<QueryToken> clause, QuestionLexicon lexicon)
    {
        // A run of them ("tính ra khoảng") ending right before the asker.
        foreach (var (asker, _) in lexicon.FindCues(clause, lexicon.CountAskers))
        {
            var start = asker;
            while (Enumerable.Range(1, Math.Min(start, 3)).FirstOrDefault(n => LexiconMatcher.LongestAt(clause, start - n, lexicon.Form.Approximators) == n) is var length and > 0)
            {
                start -= length;
            }

            for (var k = start; k < asker; k++)
            {
                yield return k;
            }
        }
    }

    // A magnitude between a count asker and what it counts ("mấy trăm người", "bao nhiêu chục lớp"): the same count
    // asked. Not one inside a longer word of the lexicon ("may chuc vu" is mấy chức vụ).
    private static IEnumerable<int> Magnitudes(List<QueryToken> clause, QuestionLexicon lexicon)
    {
        foreach (var (asker, length) in lexicon.FindCues(clause, lexicon.CountAskers))
        {
            // A run of them ("mấy trăm nghìn người").
            var at = asker + length;
            var magnitude = 0;
            while (LexiconMatcher.LongestAt(clause, at + magnitude, lexicon.Form.Magnitudes) is var next and > 0 && !InLongerWord(clause, at + magnitude, next, lexicon))
            {
                magnitude += next;
            }

            if (magnitude == 0 || !CountsAfter(clause, at, magnitude, lexicon))
            {
                continue;
            }

            for (var k = 0; k < magnitude; k++)
            {
                yield return at + k;
            }
        }
    }

    // Whether what a magnitude is followed by makes it one: what is counted ("mấy trăm người", "mấy trăm HV"), or, typed
    // with diacritics, nothing more ("số người là mấy trăm và …"; typed without, "bao nhieu tram" may ask for stations).
    private static bool CountsAfter(List<QueryToken> clause, int at, int magnitude, QuestionLexicon lexicon)
    {
        var after = at + magnitude;
        if (after == clause.Count || LexiconMatcher.LongestAt(clause, after, lexicon.Form.Joiners) > 0)
        {
            return Enumerable.Range(at, magnitude).All(k => clause[k].Typed != clause[k].Folded);
        }

        return LexiconMatcher.LongestAt(clause, after, lexicon.UnitWords) > 0
            || (Abbreviations.IsTypedAsAbbreviation(clause[after]) && Abbreviations.Readings(clause.Select(t => t.Folded).ToList(), after, out _) is { } readings
                && readings.Any(r => LexiconMatcher.LongestAt(Tokenizer.TokenizeTyped(r), 0, lexicon.UnitWords) > 0));
    }

    // A preposition that only introduces a name ("bên Tuyên Quang", "hồi 2022", "hồi tháng 6", "bên tỉnh"): right before
    // a year, a province, a unit of time or a level of office, and not inside a longer word of the lexicon ("thu hồi").
    private static IEnumerable<int> NamePrepositions(List<QueryToken> clause, QuestionLexicon lexicon, Vocabulary? vocabulary)
    {
        var folded = clause.Select(t => t.Folded).ToList();
        foreach (var (at, length) in LexiconMatcher.Find(clause, lexicon.Form.NamePrepositions))
        {
            var after = at + length;
            var plain = clause[at].Typed == clause[at].Folded;
            if (after >= clause.Count || InLongerWord(clause, at, length, lexicon)
                || (plain && (vocabulary is null || (at > 0 && vocabulary.Contains(IndexText.Pair(folded[at - 1], folded[at]))))))
            {
                continue;
            }

            var named = DatePatterns.Year().IsMatch(folded[after]) && folded[after].Length == 4
                || Provinces.Mentioned(folded.Skip(after).Take(4).ToList()) is [var province, ..] && Provinces.FoldedTokens(province)[0] == folded[after]
                || LexiconMatcher.LongestAt(clause, after, lexicon.TimeUnits) > 0
                || LexiconMatcher.LongestAt(clause, after, lexicon.OfficeLevels) > 0;
            if (named)
            {
                for (var k = 0; k < length; k++)
                {
                    yield return at + k;
                }
            }
        }
    }

    private static bool InLongerWord(List<QueryToken> clause, int at, int length, QuestionLexicon lexicon) =>
        LexiconMatcher.Find(clause, lexicon.Words).Any(w => w.Length > length && w.At <= at && at + length <= w.At + w.Length);

    // A question word right after a yes/no opener in a clause that ends in a closer ("kết quả thế nào, có ai trượt
    // không", "có gì mới không"): indefinite, it asks for no person, thing or place, when another clause asks what the
    // question asks (Read). Alone ("có ai phát biểu bế mạc không") it asks who did it, and is kept.
    private static IEnumerable<int> Existentials(List<QueryToken> clause, FormWords form)
    {
        if (!EndsYesNo(clause, form))
        {
            yield break;
        }

        foreach (var (at, length) in LexiconMatcher.Find(clause, form.YesNoOpeners))
        {
            var existential = LexiconMatcher.LongestAt(clause, at + length, form.Existentials);
            for (var k = 0; k < existential; k++)
            {
                yield return at + length + k;
            }
        }
    }

    // Whether a clause asks something: a question word or a cue of the kinds of fact, counts, times or reasons, other
    // than the indefinite ones at the positions set aside.
    private static bool Asks(List<QueryToken> clause, HashSet<int> indefinite, QuestionLexicon lexicon) =>
        lexicon.AskerLists.SelectMany(cues => lexicon.FindCues(clause, cues)).Concat(LexiconMatcher.Find(clause, lexicon.Form.LaterAskers))
            .Any(cue => !indefinite.Contains(cue.At));

    private static bool IsPartOfLongerCue(List<QueryToken> clause, int at, QuestionLexicon lexicon) =>
        lexicon.AskerLists.SelectMany(cues => LexiconMatcher.Find(clause, cues))
            .Any(c => c.Length > 1 && c.At <= at && at < c.At + c.Length);

    private static bool AnotherAskerFollows(List<QueryToken> clause, int from, FormWords form)
    {
        for (var i = from; i < clause.Count; i++)
        {
            if (LexiconMatcher.LongestAt(clause, i, form.Joiners) > 0)
            {
                return false;
            }

            if (LexiconMatcher.LongestAt(clause, i, form.LaterAskers) > 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsYesNo(List<QueryToken> clause, FormWords form) => EndsWith(clause, form, form.YesNoClosers);

    /// <summary>True when the clause ends in a yes/no closer of the lexicon ("… có đạt không ad?"), courtesy words after it aside.</summary>
    public static bool EndsYesNo(List<QueryToken> clause, QuestionLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        return EndsYesNo(clause, lexicon.Form);
    }

    // The clause ends in one of the closers, the chat and courtesy words after it aside ("… phải không mọi người").
    private static bool EndsWith(List<QueryToken> clause, FormWords form, IReadOnlyList<LexiconPhrase> closers)
    {
        var (covered, _, _) = ChatCover(clause, form);
        var end = clause.Count;
        while (end > 0 && covered[end - 1])
        {
            end--;
        }

        return Enumerable.Range(0, end).Any(i => LexiconMatcher.LongestAt(clause, i, closers) == end - i);
    }

    /// <summary>
    /// True when the clause checks a guess: it holds a premise opener of the lexicon ("có phải", "hình như") and ends in
    /// a yes/no closer ("… là trưởng ban dân vận tỉnh ủy không"), or ends in a premise closer ("… phải không").
    /// </summary>
    public static bool ChecksGuess(List<QueryToken> clause, QuestionLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(clause);
        ArgumentNullException.ThrowIfNull(lexicon);
        return (LexiconMatcher.Find(clause, lexicon.PremiseOpeners).Any() && EndsYesNo(clause, lexicon.Form))
            || EndsWith(clause, lexicon.Form, lexicon.PremiseClosers);
    }

    private static int SkipCourtesy(List<QueryToken> clause, int from, FormWords form)
    {
        while (from < clause.Count && LexiconMatcher.LongestAt(clause, from, form.Courtesy) is var length and > 0)
        {
            from += length;
        }

        return from;
    }

    // A yes/no frame around the whole question ("Bạn có biết … không?"): its opening words and its closer, when the
    // question inside is left.
    private static void DropAskFrame(List<Clause> clauses, int first, int last, FormWords form, HashSet<(int, int)> dropped)
    {
        var head = clauses[first].Words.Select(w => w.Token).ToList();
        var tail = clauses[last].Words.Select(w => w.Token).ToList();
        var start = Enumerable.Range(0, head.Count).FirstOrDefault(i => !dropped.Contains((first, i)), -1);
        var end = Enumerable.Range(0, tail.Count).LastOrDefault(i => !dropped.Contains((last, i)), -1);
        if (start < 0 || end < 0 || LexiconMatcher.LongestAt(head, start, form.AskFrames) is not (> 0 and var frame))
        {
            return;
        }

        var closer = form.YesNoClosers.Where(c => end + 1 >= c.Length && c.StartsAt(tail, end + 1 - c.Length)).Select(c => c.Length).DefaultIfEmpty(0).Max();
        if (closer == 0 || (first == last && start + frame > end - closer))
        {
            return;
        }

        for (var i = start; i < start + frame; i++)
        {
            dropped.Add((first, i));
        }

        for (var i = end + 1 - closer; i <= end; i++)
        {
            dropped.Add((last, i));
        }
    }

    // Which words are chat or courtesy words, which of them chat words, and where each phrase starts, the phrases read
    // left to right.
    private static (bool[] Covered, bool[] Chat, bool[] Starts) ChatCover(List<QueryToken> clause, FormWords form)
    {
        var covered = new bool[clause.Count];
        var chat = new bool[clause.Count];
        var starts = new bool[clause.Count];
        for (var i = 0; i < clause.Count; i++)
        {
            var isChat = LexiconMatcher.LongestAt(clause, i, form.Chat);
            var length = Math.Max(isChat, LexiconMatcher.LongestAt(clause, i, form.Courtesy));
            starts[i] = length > 0;
            for (var k = 0; k < length; k++)
            {
                covered[i + k] = true;
                chat[i + k] = isChat == length;
            }

            i += Math.Max(length, 1) - 1;
        }

        return (covered, chat, starts);
    }

    // The run of chat and courtesy words at the start (or end) of a clause, left out when it holds a chat word and two
    // phrases or more ("nhờ bot tra giúp", "vậy mọi người"; not "… phải trả lời") and something is left after it.
    private static void DropRun(List<Clause> clauses, int c, bool fromStart, FormWords form, HashSet<(int, int)> dropped)
    {
        var tokens = clauses[c].Words.Select(w => w.Token).ToList();
        var (covered, chat, starts) = ChatCover(tokens, form);
        var run = new List<int>();
        for (var k = 0; k < tokens.Count; k++)
        {
            var i = fromStart ? k : tokens.Count - 1 - k;
            if (!covered[i] || dropped.Contains((c, i)))
            {
                break;
            }

            run.Add(i);
        }

        // A run of final particles ending the question ("… khu vực mấy a?") goes too.
        var particles = !fromStart && run.Count > 0 && run.All(i => LexiconMatcher.LongestAt(tokens, i, form.Particles) == 1);
        if (run.Count < tokens.Count && ((run.Any(i => chat[i]) && run.Count(i => starts[i]) >= 2) || particles))
        {
            foreach (var i in run)
            {
                dropped.Add((c, i));
            }
        }
    }

    private sealed record Word(int Start, int End, QueryToken Token);

    private sealed record Clause(int Start, int End, List<Word> Words);

    // The question's clauses (cut where QueryBuilder cuts them) and their words with where each stands in the text.
    private static List<Clause> Clauses(string question)
    {
        var clauses = new List<Clause>();
        var start = 0;
        foreach (var end in QueryBuilder.ClauseBreak().Matches(question).Select(m => m.Index).Append(question.Length))
        {
            clauses.Add(new Clause(start, end, Words(question, start, end)));
            start = end + 1;
        }

        return clauses;
    }

    private static List<Word> Words(string text, int from, int to) =>
        Tokenizer.TypedSpans(text, from, to).Select(s => new Word(s.Start, s.End, s.Token)).ToList();

    // The question without the dropped words; a clause left empty goes with the punctuation that ends it (the last one's
    // end, its "?", is kept).
    private static string Rebuild(string question, List<Clause> clauses, HashSet<(int Clause, int Word)> dropped)
    {
        var result = new StringBuilder(question.Length);
        for (var c = 0; c < clauses.Count; c++)
        {
            var clause = clauses[c];
            var words = clause.Words;
            var end = Math.Min(clause.End + 1, question.Length);
            if (words.Count > 0 && Enumerable.Range(0, words.Count).All(i => dropped.Contains((c, i))))
            {
                if (clauses.Skip(c + 1).All(k => k.Words.Count == 0))
                {
                    while (result.Length > 0 && (char.IsWhiteSpace(result[^1]) || result[^1] is ',' or ';' or ':'))
                    {
                        result.Length--;
                    }

                    result.Append(question, clause.End, end - clause.End);
                }

                continue;
            }

            var at = clause.Start;
            for (var i = 0; i < words.Count; i++)
            {
                if (dropped.Contains((c, i)))
                {
                    result.Append(question, at, words[i].Start - at);
                    at = words[i].End;
                }
            }

            result.Append(question, at, end - at);
        }

        var text = Spaces().Replace(result.ToString(), " ").Replace(" ,", ",", StringComparison.Ordinal).Replace(" ?", "?", StringComparison.Ordinal)
            .Trim().TrimStart(',', ';', ':', ' ');
        return Tokenizer.Tokenize(text).Count == 0 ? question : text;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
