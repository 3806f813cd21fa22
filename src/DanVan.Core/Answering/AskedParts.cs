using DanVan.Core.Lexicon;
using DanVan.Core.Retrieval;
using DanVan.Core.Text;

namespace DanVan.Core.Answering;

/// <summary>
/// The asks of a question that asks several things ("… kèm quyết định số mấy, và nó thay cho văn bản nào cũ?", "ai làm
/// trưởng khối, bao lâu họp một lần"): its clauses, and the two sides of a joiner ("và", "với") when each side asks,
/// every clause that asks nothing ("Theo thầy báo cáo viên ở lớp Quảng Trị 2023,") joined to the ask after it. An ask
/// is a question word of the lexicon (its kinds, count, time and reason askers, "gì", "nào", an alternative such as
/// "nhiều hay ít") or a yes/no closer ending the clause. Empty when the question asks one thing.
/// </summary>
public static class AskedParts
{
    public static IReadOnlyList<string> Of(string question, QuestionLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(lexicon);
        var pieces = new List<(List<QueryToken> Tokens, bool Asks)>();
        foreach (var clause in QueryBuilder.ClauseBreak().Split(question))
        {
            var tokens = Tokenizer.TokenizeTyped(clause);
            var from = 0;
            foreach (var (at, length) in LexiconMatcher.Find(tokens, lexicon.Form.Joiners))
            {
                if (at > from && Asks(tokens[from..at], lexicon) && Asks(tokens[(at + length)..], lexicon))
                {
                    pieces.Add((tokens[from..at], true));
                    from = at + length;
                }
            }

            if (from < tokens.Count)
            {
                pieces.Add((tokens[from..], Asks(tokens[from..], lexicon)));
            }
        }

        var parts = new List<List<QueryToken>>();
        var pending = new List<QueryToken>();
        foreach (var (tokens, asks) in pieces)
        {
            pending.AddRange(tokens);
            if (asks)
            {
                parts.Add(pending);
                pending = [];
            }
        }

        if (parts.Count > 0)
        {
            parts[^1].AddRange(pending);
        }

        return parts.Count < 2 ? [] : parts.Select(p => string.Join(' ', p.Select(t => t.Typed))).ToList();
    }

    /// <summary>
    /// What the first ask says before it asks ("Trưởng ban … của tỉnh ủy Bình Phước" of "… là ai, kiêm chức gì"): the
    /// subject a later ask that names none of its own is about. Empty when the first ask opens with its asker.
    /// </summary>
    public static string Head(string firstAsk, QuestionLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(firstAsk);
        ArgumentNullException.ThrowIfNull(lexicon);
        var tokens = Tokenizer.TokenizeTyped(firstAsk);
        var at = lexicon.AskerLists.Append(lexicon.Form.LaterAskers).Append(lexicon.Form.Alternatives)
            .SelectMany(cues => lexicon.FindCues(tokens, cues)).Select(c => c.At).DefaultIfEmpty(tokens.Count).Min();
        return string.Join(' ', tokens.Take(at).Select(t => t.Typed));
    }

    private static bool Asks(List<QueryToken> tokens, QuestionLexicon lexicon) =>
        lexicon.AskerLists.Append(lexicon.Form.LaterAskers)
            .Append(lexicon.Form.Alternatives).Any(cues => lexicon.FindCues(tokens, cues).Any())
        || (tokens.Count > 0 && lexicon.Form.YesNoClosers.Any(c => c.Length <= tokens.Count && c.StartsAt(tokens, tokens.Count - c.Length)));
}
