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
/// count asker ("tính ra khoảng bao nhiêu") or an order of magnitude right after one ("mấy trăm người") are left out, and so is the chat around the question: a clause made only
/// of chat and courtesy words ("Cho em hỏi chút,", ", bot trả lời giúp em nhé."), and a run of them holding a chat
/// word at the question's start or end ("Nhờ bot tra giúp …", "… vậy mọi người"), final particles ("… a?") and a yes/no
/// frame around the whole question ("Bạn có biết … không?"). What is left asks the same thing.
/// </summary>
public static partial class QuestionForm
{
    /// <summary>The question with what its form adds to what it asks left out; the question itself when nothing is.</summary>
    public static string Read(string question, QuestionLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(lexicon);
        var clauses = Clauses(question);
        var dropped = new HashSet<(int Clause, int Word)>();
        for (var c = 0; c < clauses.Count; c++)
        {
            var tokens = clauses[c].Words.Select(w => w.Token).ToList();
            foreach (var at in IndefiniteAskers(tokens, lexicon).Concat(Approximators(tokens, lexicon)))
            {
                dropped.Add((c, at));
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
    // or before another question word with no joiner between ("lãnh đạo mấy ban ngành … còn nói chuyện gì").
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
                || AnotherAskerFollows(clause, after, form))
            {
                for (var k = 0; k < length; k++)
                {
                    yield return at + k;
                }
            }
        }
    }

    // An approximator right before a count asker ("khoảng bao nhiêu", "tính ra khoảng mấy"), an order of magnitude right after one.
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

            // An order of magnitude right after it ("mấy trăm người", "bao nhiêu nghìn lượt") is part of what asks; typed
            // without diacritics, only before a word for people ("may chuc vu" is chức vụ).
            var after = asker + LexiconMatcher.LongestAt(clause, asker, lexicon.CountAskers);
            if (after + 1 < clause.Count && LexiconMatcher.LongestAt(clause, after, lexicon.Magnitudes) == 1 && !StopWords.IsStopWord(clause[after + 1].Typed, clause[after + 1].Folded)
                && (clause[after].Typed != clause[after].Folded || LexiconMatcher.LongestAt(clause, after + 1, lexicon.PeopleUnits) > 0))
            {
                yield return after;
            }
        }
    }

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

    private static bool EndsYesNo(List<QueryToken> clause, FormWords form)
    {
        var (covered, _, _) = ChatCover(clause, form);
        var end = clause.Count;
        while (end > 0 && covered[end - 1])
        {
            end--;
        }

        return Enumerable.Range(0, end).Any(i => LexiconMatcher.LongestAt(clause, i, form.YesNoClosers) == end - i);
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
