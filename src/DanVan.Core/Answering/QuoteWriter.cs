using System.Text;
using DanVan.Core.Retrieval;

namespace DanVan.Core.Answering;

/// <summary>
/// Writes quoted sentences in the order given, each followed by its source number; sources are numbered in the
/// order the answer cites them, and passages of one document section share a number.
/// </summary>
internal static class QuoteWriter
{
    public static (string Body, List<AnswerSource> Sources) Write(IEnumerable<SentenceCandidate> quoted, IReadOnlyList<RetrievedPassage> passages, Func<string, string> cut)
    {
        var numbers = new Dictionary<(long, string?), int>();
        var sources = new List<AnswerSource>();
        var body = new StringBuilder();
        foreach (var sentence in quoted)
        {
            var passage = passages[sentence.PassageRank];
            if (!numbers.TryGetValue((passage.DocumentId, passage.Section), out var number))
            {
                number = numbers.Count + 1;
                numbers[(passage.DocumentId, passage.Section)] = number;
                sources.Add(AnswerFactory.ToSource(passage, number));
            }
            else if (!sources[number - 1].Text.Contains(passage.Text, StringComparison.Ordinal))
            {
                sources[number - 1] = sources[number - 1] with { Text = sources[number - 1].Text + "\n…\n" + passage.Text };
            }

            if (body.Length > 0)
            {
                body.Append('\n');
            }

            body.Append(cut(sentence.Text)).Append(" [").Append(number).Append(']');
        }

        return (body.ToString(), sources);
    }
}
