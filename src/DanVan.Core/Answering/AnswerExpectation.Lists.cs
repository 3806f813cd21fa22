using DanVan.Core.Lexicon;
using DanVan.Core.Text;

namespace DanVan.Core.Answering;

public sealed partial class AnswerExpectation
{
    /// <summary>
    /// True when the question asks for an enumeration ("kể tên các chuyên đề", "học những chuyên đề nào", "gồm những
    /// gì"): the sentence that lists them answers it better than one that only names the thing listed. It ranks
    /// sentences; it does not decide whether the question is answered.
    /// </summary>
    public bool AsksList => Listed.Count > 0;

    // What is listed: the folded words after a list frame's opener ("những chuyên đề nào": chuyen de) with their synonyms.
    private IReadOnlyList<string[]> Listed { get; init; } = [];

    private static List<string[]> ListedOf(string question, QuestionLexicon lexicon)
    {
        var listed = new List<string[]>();
        foreach (var clause in Clauses(question, lexicon))
        {
            var asked = LexiconMatcher.Find(clause, lexicon.ListAskers).Any();
            var closers = LexiconMatcher.Find(clause, lexicon.ListClosers).Select(c => c.At).ToList();
            foreach (var (at, length) in LexiconMatcher.Find(clause, lexicon.ListOpeners))
            {
                // "những … nào", "các … gì": an opener and, at most ListFrameSpan words after it, a closer; after a list
                // asker ("kể tên các chuyên đề") the opener alone.
                var start = at + length;
                var end = closers.Where(c => c > start && c - start <= QuestionLexicon.ListFrameSpan).DefaultIfEmpty(-1).Min();
                if (end < 0 && !asked)
                {
                    continue;
                }

                var noun = clause.Skip(start).Take(Math.Min(2, (end < 0 ? clause.Count : end) - start)).Select(t => t.Folded).ToArray();
                if (noun.Length > 0)
                {
                    listed.Add(noun);
                    listed.AddRange(lexicon.SynonymsOf(string.Join(' ', noun)).Select(s => s.Split(' ')));
                }
            }
        }

        return listed;
    }

    /// <summary>
    /// True when the sentence enumerates what the question asks listed: after a colon (not one inside a time, "8:30")
    /// led in by the thing listed ("4 chuyên đề:"), items parted by a semicolon or by at least two commas; a colon opening
    /// what someone said ("nhấn mạnh: …") or a quotation does not.
    /// </summary>
    private const int LeadIn = 5;

    public bool Enumerates(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        for (var colon = sentence.IndexOf(':'); colon >= 0; colon = sentence.IndexOf(':', colon + 1))
        {
            if (colon + 1 < sentence.Length && char.IsDigit(sentence[colon + 1]))
            {
                continue;
            }

            var rest = sentence[(colon + 1)..].TrimStart();
            var before = Tokenizer.TokenizeTyped(sentence[..colon]);
            var said = before.Count > 0 && Enumerable.Range(Math.Max(0, before.Count - 3), Math.Min(3, before.Count))
                .Any(at => LexiconMatcher.LongestAt(before, at, _lexicon.SayingVerbs) == before.Count - at);
            if (said || rest.StartsWith('“') || rest.StartsWith('"'))
            {
                return false;
            }

            var leadIn = before.Skip(Math.Max(0, before.Count - LeadIn)).Select(t => t.Folded).ToList();
            if (!Listed.Any(noun => Enumerable.Range(0, Math.Max(0, leadIn.Count - noun.Length + 1)).Any(i => noun.SequenceEqual(leadIn.Skip(i).Take(noun.Length)))))
            {
                continue;
            }

            return rest.Contains(';') || rest.Count(c => c == ',') >= 2;
        }

        return false;
    }
}
