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

    /// <summary>
    /// True when the question asks things listed, whatever they are named ("Liệt kê giúp vài nội dung …", "học những chuyên
    /// đề nào"; a list imperative the question's reading left out is not seen): an answer sentence that enumerates keeps its
    /// enumeration whole (<see cref="EnumerationStart"/>).
    /// </summary>
    public bool AsksEnumeration { get; private init; }

    /// <summary>
    /// Where the enumeration of an answer sentence begins: the one <see cref="ListStart"/> finds, else any enumeration
    /// (items parted by semicolons or at least two commas, after a colon or inside a quotation); -1 when none.
    /// </summary>
    public int EnumerationStart(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var start = ListStart(sentence);
        return start >= 0 ? start : ListsIn(sentence).Where(list => IsEnumeration(list.Items)).Select(list => list.Start).DefaultIfEmpty(-1).First();
    }

    private static bool IsEnumeration(string items) => items.Contains(';') || items.Count(c => c == ',') >= 2;

    // What is listed: the folded words after a list frame's opener ("những chuyên đề nào": chuyen de) or right after a list
    // asker ("kể ra chuyên đề của khóa …"), with their synonyms, and every word for what a course teaches when it is one
    // ("những vấn đề gì" is listed after "các chuyên đề:").
    private IReadOnlyList<string[]> Listed { get; init; } = [];

    private static List<string[]> ListedOf(string question, QuestionLexicon lexicon)
    {
        var listed = new List<string[]>();
        foreach (var clause in Clauses(question, lexicon))
        {
            var askers = LexiconMatcher.Find(clause, lexicon.ListAskers).ToList();
            var closers = LexiconMatcher.Find(clause, lexicon.ListClosers).Select(c => c.At).ToList();
            var openers = LexiconMatcher.Find(clause, lexicon.ListOpeners).ToList();
            foreach (var (at, length) in openers)
            {
                // "những … nào", "các … gì": an opener and, at most ListFrameSpan words after it, a closer; after a list
                // asker ("kể tên các chuyên đề") the opener alone.
                var start = at + length;
                var end = closers.Where(c => c >= start && c - start <= QuestionLexicon.ListFrameSpan).DefaultIfEmpty(-1).Min();
                if (end < 0 && askers.Count == 0)
                {
                    continue;
                }

                // "gồm những gì" names nothing listed: any enumeration may be it (an empty noun).
                AddListed(listed, clause.Skip(start).Take(Math.Min(2, (end < 0 ? clause.Count : end) - start)).Select(t => t.Folded).ToArray(), lexicon);
            }

            // "kể ra chuyên đề của …": what follows the asker, when no opener does.
            foreach (var (at, length) in askers)
            {
                var start = at + length;
                if (start < clause.Count && !openers.Any(o => o.At >= start && o.At <= start + 1) && !IsFunctionWord(clause[start]))
                {
                    AddListed(listed, clause.Skip(start).Take(2).Select(t => t.Folded).ToArray(), lexicon);
                }
            }
        }

        return listed;
    }

    private static void AddListed(List<string[]> listed, string[] noun, QuestionLexicon lexicon)
    {
        listed.Add(noun);
        if (noun.Length == 0)
        {
            return;
        }

        listed.AddRange(lexicon.SynonymsOf(string.Join(' ', noun)).Select(s => s.Split(' ')));
        if (lexicon.ListContents.Any(c => TokenSequence.StartsAt(noun, 0, c.Folded)))
        {
            listed.AddRange(lexicon.ListContents.Select(c => c.Folded.ToArray()));
        }
    }

    private const int LeadIn = 5;

    /// <summary>
    /// True when the sentence enumerates what the question asks listed, led in by the thing listed ("4 chuyên đề: …",
    /// "phương châm “Dân biết, dân bàn, …”"; anything when the question names nothing listed, "gồm những gì"): after a
    /// colon (not one inside a time, "8:30"; not one opening what someone said, "nhấn mạnh: …", or a quotation), or inside
    /// a quotation, items parted by a semicolon or by at least two commas.
    /// </summary>
    public bool Enumerates(string sentence) => EnumeratesNamed(sentence) is not null;

    /// <summary>
    /// Whether the sentence enumerates what the question asks listed (<see cref="Enumerates"/>), and then whether it is
    /// led in by the thing the question names ("những vấn đề gì": "các chuyên đề: …"), not only any enumeration of a
    /// question naming nothing listed ("gồm những gì"); null when it enumerates nothing asked.
    /// </summary>
    public bool? EnumeratesNamed(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        bool? result = null;
        foreach (var list in ListsIn(sentence).Where(l => IsEnumeration(l.Items)))
        {
            if (Listed.Any(noun => noun.Length > 0 && LeadsIn(list.LeadIn, noun)))
            {
                return true;
            }

            result = Listed.Any(noun => noun.Length == 0) ? false : result;
        }

        return result;
    }

    /// <summary>
    /// Where the enumeration <see cref="Enumerates"/> finds in the sentence begins (the first item, after its colon or
    /// opening quotation mark); -1 when the sentence enumerates nothing asked.
    /// </summary>
    public int ListStart(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        foreach (var (leadIn, items, start) in ListsIn(sentence))
        {
            if (IsEnumeration(items) && Listed.Any(noun => noun.Length == 0 || LeadsIn(leadIn, noun)))
            {
                return start;
            }
        }

        return -1;
    }

    // Whether the words leading a list in hold the thing listed.
    private static bool LeadsIn(List<string> leadIn, string[] noun) =>
        Enumerable.Range(0, Math.Max(0, leadIn.Count - noun.Length + 1)).Any(i => noun.SequenceEqual(leadIn.Skip(i).Take(noun.Length)));

    // The lists a sentence may hold: what follows a colon, what a quotation holds, each with the words that lead it in
    // and where its items begin.
    private IEnumerable<(List<string> LeadIn, string Items, int Start)> ListsIn(string sentence)
    {
        for (var colon = sentence.IndexOf(':'); colon >= 0; colon = sentence.IndexOf(':', colon + 1))
        {
            var rest = sentence[(colon + 1)..].TrimStart();
            var before = Tokenizer.TokenizeWritten(sentence[..colon]);
            var said = before.Count > 0 && Enumerable.Range(Math.Max(0, before.Count - 3), Math.Min(3, before.Count))
                .Any(at => LexiconMatcher.LongestAt(before, at, _lexicon.SayingVerbs) == before.Count - at);
            if (!said && !(colon + 1 < sentence.Length && char.IsDigit(sentence[colon + 1])) && !rest.StartsWith('“') && !rest.StartsWith('"'))
            {
                yield return (LeadInOf(before), rest, sentence.Length - rest.Length);
            }
        }

        for (var open = sentence.IndexOf('“'); open >= 0; open = sentence.IndexOf('“', open + 1))
        {
            var close = sentence.IndexOf('”', open + 1);
            if (close > open)
            {
                yield return (LeadInOf(Tokenizer.TokenizeWritten(sentence[..open])), sentence[(open + 1)..close], open + 1);
            }
        }
    }

    private static List<string> LeadInOf(List<QueryToken> before) => before.Skip(Math.Max(0, before.Count - LeadIn)).Select(t => t.Folded).ToList();
}
