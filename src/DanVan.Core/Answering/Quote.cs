using DanVan.Core.Text;

namespace DanVan.Core.Answering;

/// <summary>
/// A long sentence cut to the clauses that answer: report sentences run to several hundred characters of lists, and
/// the asked fact should not drown in them.
/// </summary>
internal static class Quote
{
    /// <summary>Characters a quoted sentence keeps at most (about).</summary>
    public const int MaxSentenceChars = 650;

    private static readonly char[] ClauseEnds = [';', ':'];

    /// <summary>The sentence, or when longer than <see cref="MaxSentenceChars"/> the run of its clauses that best holds <paramref name="holds"/>, with "…" where cut.</summary>
    public static string Cut(string sentence, Func<string, double>? holds = null)
    {
        if (sentence.Length <= MaxSentenceChars)
        {
            return sentence;
        }

        var clauses = Clauses(sentence);
        if (clauses.Count < 2)
        {
            return sentence;
        }

        // The run of clauses that fits and holds most of the question and the asked fact (the earliest of equals: it
        // names the subject).
        var scores = clauses.Select(c => holds?.Invoke(c) ?? 0).ToList();
        var (first, last, best) = (0, 0, double.MinValue);
        for (var start = 0; start < clauses.Count; start++)
        {
            var (length, sum) = (0, 0.0);
            for (var end = start; end < clauses.Count && length + clauses[end].Length <= MaxSentenceChars; end++)
            {
                length += clauses[end].Length;
                sum += scores[end];
                if (sum > best + 1e-9)
                {
                    (first, last, best) = (start, end, sum);
                }
            }
        }

        if (best == double.MinValue)
        {
            return sentence[..MaxSentenceChars].TrimEnd() + " …";
        }

        var text = string.Concat(clauses.Skip(first).Take(last - first + 1)).Trim().TrimEnd(',', ';', ':');
        return (first > 0 ? "… " : string.Empty) + text + (last + 1 < clauses.Count ? " …" : string.Empty);
    }

    // Clauses with their ending punctuation; commas split only where the sentence has no semicolons or colons.
    private static List<string> Clauses(string sentence)
    {
        var ends = sentence.IndexOfAny(ClauseEnds) >= 0 ? ClauseEnds : [','];
        var clauses = new List<string>();
        var start = 0;
        for (var i = 0; i < sentence.Length; i++)
        {
            if (Array.IndexOf(ends, sentence[i]) >= 0 && (i + 1 == sentence.Length || sentence[i + 1] == ' ') && !IsInNumber(sentence, i))
            {
                clauses.Add(sentence[start..(i + 1)]);
                start = i + 1;
            }
        }

        if (start < sentence.Length)
        {
            clauses.Add(sentence[start..]);
        }

        return clauses;
    }

    private static bool IsInNumber(string text, int at) =>
        at > 0 && at + 1 < text.Length && char.IsDigit(text[at - 1]) && char.IsDigit(text[at + 1]);

    /// <summary>How much of a clause's tokens are the question's: a plain coverage callback helper.</summary>
    public static Func<string, double> By(Func<IReadOnlyList<string>, double> coverage, Func<string, bool> holdsFact) =>
        clause => coverage(IndexText.Tokens(clause)) + (holdsFact(clause) ? 1 : 0);
}
