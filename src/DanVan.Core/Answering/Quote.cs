using DanVan.Core.Text;

namespace DanVan.Core.Answering;

/// <summary>
/// Long sentences cut to the clauses that answer: report sentences run to several hundred characters of lists, and
/// the asked fact should not drown in them. The answer's own sentence is cut hard (<see cref="ToAnswer"/>: the clause
/// holding the fact and the lead that says what it is about, at most <see cref="MaxAnswerChars"/>); context sentences
/// only when very long (<see cref="Cut"/>).
/// </summary>
internal static class Quote
{
    /// <summary>Characters a quoted context sentence keeps at most (about).</summary>
    public const int MaxSentenceChars = 650;

    /// <summary>An answer sentence longer than this is cut to the clauses holding the asked fact and the question's words.</summary>
    public const int LongSentenceChars = MaxAnswerChars;

    /// <summary>Characters of the answer part at most (about; issue 13 §4a).</summary>
    public const int MaxAnswerChars = 500;

    private const string Ellipsis = "…";

    /// <summary>How a clause answers: whether it holds the kind of fact asked, and its coverage of the question in [0, 1].</summary>
    public readonly record struct ClauseScore(bool HoldsFact, double Coverage)
    {
        public double Value => (HoldsFact ? 1 : 0) + Coverage;
    }

    /// <summary>The sentence, or when longer than <see cref="MaxSentenceChars"/> the run of its clauses that best holds <paramref name="holds"/>, with "…" where cut.</summary>
    public static string Cut(string sentence, Func<string, ClauseScore>? holds = null)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var clauses = Clauses(sentence);
        return ContextClauses(sentence, clauses, holds) is { } kept ? Join(sentence, clauses, kept) : CutAtWord(sentence, MaxSentenceChars);
    }

    // The clauses a context quote keeps: all of a sentence up to MaxSentenceChars, else the run that fits and holds
    // most of the question and the asked fact (the earliest of equals: it names the subject); null when none fits.
    private static List<int>? ContextClauses(string sentence, List<Clause> clauses, Func<string, ClauseScore>? holds)
    {
        if (sentence.Length <= MaxSentenceChars || clauses.Count < 2)
        {
            return [.. Enumerable.Range(0, clauses.Count)];
        }

        var runs = Runs(clauses, clauses.Select(c => holds?.Invoke(sentence[c.Start..c.End]).Value ?? 0).ToList(), MaxSentenceChars);
        return runs.Count == 0 ? null : runs.OrderByDescending(r => r.Score).ThenBy(r => r.First).First().Clauses;
    }

    /// <summary>
    /// The answer's sentence: unchanged up to <see cref="LongSentenceChars"/>; longer, the shortest run of clauses
    /// holding nearly all that the best run within <see cref="MaxAnswerChars"/> holds of the asked fact and the
    /// question, after the lead clause that says what the sentence is about (when it fits), "…" where cut. What is
    /// cut (when longer than a context quote, what is cut of what one would keep) is the <see cref="AnswerCut.Rest"/>,
    /// quoted after the answer.
    /// </summary>
    public static AnswerCut ToAnswer(string sentence, Func<string, ClauseScore> holds) => ToAnswer(sentence, holds, MaxAnswerChars);

    /// <summary>
    /// As <see cref="ToAnswer(string, Func{string, ClauseScore})"/>, within <paramref name="limit"/> characters (the room an
    /// answer part has left for a later sentence: "… diễn ra từ ngày 1 đến ngày 3/11, …" keeps its dated clause).
    /// </summary>
    public static AnswerCut ToAnswer(string sentence, Func<string, ClauseScore> holds, int limit)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(holds);
        if (sentence.Length <= Math.Min(LongSentenceChars, limit))
        {
            return new AnswerCut(sentence, null);
        }

        var clauses = Clauses(sentence);
        var scores = clauses.Select(c => holds(sentence[c.Start..c.End]).Value).ToList();
        var runs = clauses.Count < 2 ? [] : Runs(clauses, scores, limit);
        if (runs.Count == 0)
        {
            // No clause boundary within reach: cut at a word, the rest follows.
            var at = WordEnd(sentence, limit);
            return new AnswerCut(CutAtWord(sentence, limit), Ellipsis + " " + CutAtWord(sentence[at..].Trim(), MaxSentenceChars));
        }

        // What is left out of the best run adds little: the shortest run holding nearly as much (the earliest of equals).
        var best = runs.Max(r => r.Score);
        var run = runs.Where(r => r.Score >= (best * NearlyAll) - 1e-9).OrderBy(r => r.Length).ThenBy(r => r.First).First();
        var (first, last) = WholeParts(clauses, run.First, run.Clauses[^1], limit);
        var chosen = Enumerable.Range(first, last - first + 1).ToList();
        if (first > 0 && clauses[last].End - clauses[first].Start + clauses[0].Length <= limit)
        {
            chosen.Insert(0, 0);
        }

        // What was cut: all of it when it fits a context quote, else what a context quote of the sentence keeps beyond the answer.
        var left = Enumerable.Range(0, clauses.Count).Except(chosen).ToList();
        var rest = left.Sum(i => clauses[i].Length) <= MaxSentenceChars ? left : (ContextClauses(sentence, clauses, holds) ?? []).Except(chosen).ToList();
        return new AnswerCut(Join(sentence, clauses, chosen), rest.Count == 0 ? null : Join(sentence, clauses, rest));
    }

    /// <summary>
    /// Room for quotes of the given lengths within <paramref name="room"/> characters, in their order: each its length
    /// when all fit; otherwise a quote shorter than an equal share of what is left keeps its length and the longer ones
    /// share the rest equally.
    /// </summary>
    public static List<int> FairShares(IReadOnlyList<int> lengths, int room)
    {
        ArgumentNullException.ThrowIfNull(lengths);
        var shares = lengths.ToList();
        var left = room;
        var open = lengths.Count;
        foreach (var i in Enumerable.Range(0, lengths.Count).OrderBy(i => lengths[i]))
        {
            shares[i] = Math.Min(lengths[i], Math.Max(0, left) / open);
            left -= shares[i];
            open--;
        }

        return shares;
    }

    /// <summary>
    /// An answer sentence enumerating what the question asks listed, its items beginning at <paramref name="listStart"/>:
    /// unchanged when it fits <paramref name="limit"/>; longer, the whole enumeration with as much of the words leading
    /// it in as fits, cut at a comma before it when one leaves room (else at a word), "…" where cut; null when the
    /// enumeration itself does not fit (the sentence is cut as any other).
    /// </summary>
    public static AnswerCut? KeepingList(string sentence, int listStart, int limit)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        if (sentence.Length <= Math.Min(LongSentenceChars, limit))
        {
            return new AnswerCut(sentence, null);
        }

        var room = limit - Ellipsis.Length - 1;
        if (listStart <= 1 || listStart > sentence.Length || sentence.Length - listStart > room)
        {
            return null;
        }

        // The earliest place in the lead-in the rest of the sentence fits from: after a comma, else at a word.
        var lead = sentence[..(listStart - 1)];
        var starts = Enumerable.Range(1, lead.Length - 1).Where(i => lead[i - 1] == ' ' && lead[i] != ' ').ToList();
        var fitting = starts.Where(i => sentence.Length - i <= room).ToList();
        var at = fitting.Where(i => lead[..i].TrimEnd().EndsWith(',')).DefaultIfEmpty(fitting.DefaultIfEmpty(-1).First()).First();
        return at < 0 ? null : new AnswerCut(Ellipsis + " " + sentence[at..], null);
    }

    // A run cut inside a list between commas is widened to the whole clauses (between semicolons or colons) it is part
    // of when they fit: a list is not cut where it need not be.
    private static (int First, int Last) WholeParts(List<Clause> clauses, int first, int last, int limit)
    {
        var (wholeFirst, wholeLast) = (first, last);
        while (wholeFirst > 0 && clauses[wholeFirst - 1].Part == clauses[first].Part)
        {
            wholeFirst--;
        }

        while (wholeLast + 1 < clauses.Count && clauses[wholeLast + 1].Part == clauses[last].Part)
        {
            wholeLast++;
        }

        return clauses[wholeLast].End - clauses[wholeFirst].Start <= limit ? (wholeFirst, wholeLast) : (first, last);
    }

    /// <summary>The answer's own quote, and what else of its sentence context would quote (null when nothing).</summary>
    public sealed record AnswerCut(string Answer, string? Rest);

    // Every run of consecutive clauses up to limit characters, with its length and summed score.
    private static List<(int First, int Length, double Score, List<int> Clauses)> Runs(List<Clause> clauses, List<double> scores, int limit)
    {
        var runs = new List<(int, int, double, List<int>)>();
        for (var first = 0; first < clauses.Count; first++)
        {
            var (length, sum) = (0, 0.0);
            for (var last = first; last < clauses.Count && length + clauses[last].Length <= limit; last++)
            {
                length += clauses[last].Length;
                sum += scores[last];
                runs.Add((first, length, sum, [.. Enumerable.Range(first, last - first + 1)]));
            }
        }

        return runs;
    }

    private const double NearlyAll = 0.95;

    // The clauses chosen, in order: adjacent ones as the sentence has them, "…" for what is left out.
    private static string Join(string sentence, List<Clause> clauses, List<int> chosen)
    {
        var parts = new List<string>();
        var runStart = -1;
        var previous = -2;
        foreach (var i in chosen.Order().Append(int.MaxValue))
        {
            if (i != previous + 1 && runStart >= 0)
            {
                parts.Add(Trimmed(sentence[clauses[runStart].Start..clauses[previous].End], cutAfter: previous + 1 < clauses.Count));
            }

            if (i != previous + 1)
            {
                runStart = i;
            }

            previous = i;
        }

        var text = string.Join(" " + Ellipsis + " ", parts);
        var first = chosen.Min();
        var last = chosen.Max();
        return (first > 0 ? Ellipsis + " " : string.Empty) + text + (last + 1 < clauses.Count ? " " + Ellipsis : string.Empty);
    }

    // A run's text; cut before more of the sentence, its ending comma or semicolon goes (a colon stays: it says a list follows).
    private static string Trimmed(string run, bool cutAfter) => cutAfter ? run.Trim().TrimEnd(',', ';').TrimEnd() : run.Trim();

    /// <summary>At most about <paramref name="length"/> characters, ending at a space (never inside a number or word), then "…".</summary>
    private static string CutAtWord(string text, int length)
    {
        if (text.Length <= length)
        {
            return text;
        }

        return text[..WordEnd(text, length)].TrimEnd().TrimEnd(',', ';') + " " + Ellipsis;
    }

    // Where to cut text longer than length: at its last space within length (or at length when that space is early).
    private static int WordEnd(string text, int length)
    {
        var space = text.LastIndexOf(' ', length);
        return space > length / 2 ? space : length;
    }

    private static readonly char[] ClauseEnds = [';', ':'];

    /// <summary>
    /// A clause of a sentence: characters <see cref="Start"/> (inclusive) to <see cref="End"/> (exclusive); <see cref="Part"/>
    /// numbers the clause between semicolons or colons it belongs to (pieces between commas of one share it).
    /// </summary>
    internal readonly record struct Clause(int Start, int End, int Part = 0)
    {
        public int Length => End - Start;
    }

    private const int CommaSplitChars = 160;

    /// <summary>A piece between commas shorter than this is a list item or a name's title: it stays with the next piece.</summary>
    private const int MinCommaPieceChars = 40;

    /// <summary>
    /// A sentence's clauses as ranges with their ending punctuation: split at semicolons and colons, and a clause still
    /// long (or a sentence with neither) at list commas. Never inside parentheses or quotes, nor between the parts of
    /// a number or a date ("1,5", "10:30", "27, 28/8").
    /// </summary>
    internal static List<Clause> Clauses(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var clauses = new List<Clause>();
        var part = 0;
        foreach (var clause in Split(sentence, 0, sentence.Length, ClauseEnds))
        {
            if (clause.End - clause.Start > CommaSplitChars || sentence.AsSpan().IndexOfAny(ClauseEnds) < 0)
            {
                clauses.AddRange(Merged(Split(sentence, clause.Start, clause.End, [','])).Select(c => c with { Part = part }));
            }
            else
            {
                clauses.Add(clause with { Part = part });
            }

            part++;
        }

        return clauses;
    }

    // Short comma pieces joined to the piece after them (the last to the one before).
    private static List<Clause> Merged(List<Clause> pieces)
    {
        var merged = new List<Clause>();
        var start = -1;
        foreach (var piece in pieces)
        {
            start = start < 0 ? piece.Start : start;
            if (piece.End - start >= MinCommaPieceChars)
            {
                merged.Add(new Clause(start, piece.End));
                start = -1;
            }
        }

        if (start >= 0)
        {
            if (merged.Count > 0)
            {
                merged[^1] = merged[^1] with { End = pieces[^1].End };
            }
            else
            {
                merged.Add(new Clause(start, pieces[^1].End));
            }
        }

        return merged;
    }

    private static List<Clause> Split(string text, int from, int to, char[] ends)
    {
        var parts = new List<Clause>();
        var (start, depth, quoted) = (from, 0, false);
        for (var i = from; i < to; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '(' or '[':
                    depth++;
                    break;
                case ')' or ']':
                    depth = Math.Max(0, depth - 1);
                    break;
                case '“' or '«':
                    quoted = true;
                    break;
                case '”' or '»':
                    quoted = false;
                    break;
                case '"':
                    quoted = !quoted;
                    break;
                default:
                    if (depth == 0 && !quoted && Array.IndexOf(ends, c) >= 0 && (i + 1 == to || text[i + 1] == ' ') && !IsInNumber(text, i, to)
                        && i + 1 < to)
                    {
                        parts.Add(new Clause(start, i + 1));
                        start = i + 1;
                    }

                    break;
            }
        }

        if (start < to)
        {
            parts.Add(new Clause(start, to));
        }

        return parts;
    }

    // Between two numbers: "1,5", "10:30", or a list of days "27, 28/8".
    private static bool IsInNumber(string text, int at, int to)
    {
        if (at == 0 || !char.IsDigit(text[at - 1]))
        {
            return false;
        }

        var next = at + 1;
        while (next < to && text[next] == ' ')
        {
            next++;
        }

        return next < to && char.IsDigit(text[next]);
    }

    /// <summary>How a clause answers, from the question's coverage of its tokens and whether it holds the kind of fact asked.</summary>
    public static Func<string, ClauseScore> By(Func<IReadOnlyList<string>, double> coverage, Func<string, bool> holdsFact) =>
        clause => new ClauseScore(holdsFact(clause), coverage(IndexText.Tokens(clause)));
}
