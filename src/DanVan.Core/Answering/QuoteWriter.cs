using System.Text;
using DanVan.Core.Retrieval;

namespace DanVan.Core.Answering;

/// <summary>
/// Writes quoted sentences in the order given, each followed by its source number; sources are numbered in the
/// order the answer cites them (across every group one writer writes), and passages of one document section share a number.
/// </summary>
internal sealed class QuoteWriter(IReadOnlyList<RetrievedPassage> passages)
{
    private readonly Dictionary<(long, string?), int> _numbers = [];
    private readonly List<AnswerSource> _sources = [];

    /// <summary>The sources cited so far, numbered from 1.</summary>
    public List<AnswerSource> Sources => _sources;

    /// <summary>The sentences, each cut by <paramref name="cut"/> (when given) and followed by " [n]", one a line.</summary>
    public string Write(IEnumerable<SentenceCandidate> quoted, Func<string, string>? cut = null)
    {
        var body = new StringBuilder();
        foreach (var sentence in quoted)
        {
            var passage = passages[sentence.PassageRank];
            if (!_numbers.TryGetValue((passage.DocumentId, passage.Section), out var number))
            {
                number = _numbers.Count + 1;
                _numbers[(passage.DocumentId, passage.Section)] = number;
                _sources.Add(AnswerFactory.ToSource(passage, number));
            }
            else if (!_sources[number - 1].Text.Contains(passage.Text, StringComparison.Ordinal))
            {
                _sources[number - 1] = _sources[number - 1] with { Text = _sources[number - 1].Text + "\n…\n" + passage.Text };
            }

            if (body.Length > 0)
            {
                body.Append('\n');
            }

            body.Append(cut is null ? sentence.Text : cut(sentence.Text)).Append(" [").Append(number).Append(']');
        }

        return body.ToString();
    }
}
