using DanVan.Core.Answering;
using DanVan.Core.Text;

namespace DanVan.Core.Evaluation;

/// <summary>
/// Diacritics parity: every question asked as typed and folded to ASCII (<see cref="VietnameseText.Fold"/>, the
/// folding the index uses), and whether both get the same decision — answered, or not (related material or nothing).
/// Each answer's <see cref="DecisionTrace"/> is kept, so a differing pair shows where the two readings part.
/// </summary>
public sealed class DiacriticsParity
{
    private readonly IQuestionAnswerer _answerer;

    public DiacriticsParity(IQuestionAnswerer answerer) => _answerer = answerer;

    public async Task<IReadOnlyList<ParityOutcome>> RunAsync(IEnumerable<DevSetItem> items, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        var outcomes = new List<ParityOutcome>();
        foreach (var item in items)
        {
            var folded = VietnameseText.Fold(item.Question);
            IReadOnlyList<string> typedWhy, foldedWhy;
            Answer typed, plain;
            using (DecisionTrace.Begin(out typedWhy))
            {
                typed = await _answerer.AnswerAsync(item.Question, cancellationToken: cancellationToken);
            }

            using (DecisionTrace.Begin(out foldedWhy))
            {
                plain = await _answerer.AnswerAsync(folded, cancellationToken: cancellationToken);
            }

            outcomes.Add(new ParityOutcome(item, folded, typed.Outcome, plain.Outcome) { TypedWhy = typedWhy, FoldedWhy = foldedWhy });
        }

        return outcomes;
    }

    /// <summary>Per-variant rows followed by an "all" row.</summary>
    public static IReadOnlyList<ParityMetrics> SummarizeByVariant(IReadOnlyList<ParityOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        return outcomes.GroupBy(o => o.Item.Variant).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Summarize(g.Key, g.ToList()))
            .Append(Summarize("all", outcomes))
            .ToList();
    }

    public static ParityMetrics Summarize(string group, IReadOnlyCollection<ParityOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        return new ParityMetrics(group, outcomes.Count, outcomes.Count(o => o.SameDecision));
    }
}
