using System.Text.Json;
using DanVan.Core.Answering;
using DanVan.Core.Retrieval;
using DanVan.Core.Text;

namespace DanVan.Core.Evaluation;

/// <summary>
/// Runs a dev set through retrieval and answering. hit@k and MRR look at the ranked documents (whatever the
/// relevance threshold says); fact accuracy and refusals look at the answer users would see.
/// </summary>
public sealed class Evaluator
{
    /// <summary>Characters of the answer part in which the asked fact should be (issue 13 §4a: about 500).</summary>
    public const int LeadChars = 500;

    private readonly Retriever _retriever;
    private readonly IQuestionAnswerer _answerer;

    public Evaluator(Retriever retriever, IQuestionAnswerer answerer)
    {
        _retriever = retriever;
        _answerer = answerer;
    }

    public static IReadOnlyList<DevSetItem> Load(string path)
    {
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<List<DevSetItem>>(stream) ?? [];
    }

    public async Task<IReadOnlyList<EvalOutcome>> RunAsync(IEnumerable<DevSetItem> items, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        var outcomes = new List<EvalOutcome>();
        foreach (var item in items)
        {
            var retrieval = await _retriever.SearchAsync(item.Question, cancellationToken);
            var documents = retrieval.Passages.Select(p => p.Path).Distinct().ToList();
            int? rank = item.ExpectedSource is null ? null : documents.IndexOf(item.ExpectedSource) is var i and >= 0 ? i + 1 : null;
            Answer answer;
            IReadOnlyList<string> why;
            DecisionSignals signals;
            using (DecisionTrace.Begin(out why, out signals))
            {
                answer = await _answerer.AnswerAsync(item.Question, cancellationToken: cancellationToken);
            }

            var factsFound = item.Facts.Count > 0 && answer.Grounded && item.Facts.All(f => ContainsFact(answer.Text, f));
            var lead = answer.Grounded ? Lead(answer.Body) : string.Empty;
            var factsInLead = factsFound && item.Facts.All(f => ContainsFact(lead.Length > LeadChars ? lead[..LeadChars] : lead, f));
            outcomes.Add(new EvalOutcome(item, rank, answer.Grounded, factsFound, retrieval.Relevance, answer.Text)
            {
                Support = answer.Support, Outcome = answer.Outcome, FactsInLead = factsInLead, LeadLength = lead.Length, Why = why, Signals = signals,
            });
        }

        return outcomes;
    }

    public static EvalMetrics Summarize(string group, IReadOnlyList<EvalOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        var inDomain = outcomes.Where(o => o.Item.InDomain).ToList();
        var outOfDomain = outcomes.Where(o => !o.Item.InDomain).ToList();
        double Share(IReadOnlyCollection<EvalOutcome> set, Func<EvalOutcome, bool> predicate) =>
            set.Count == 0 ? double.NaN : (double)set.Count(predicate) / set.Count;

        return new EvalMetrics(
            group,
            outcomes.Count,
            inDomain.Count,
            outOfDomain.Count,
            Share(inDomain, o => o.Rank == 1),
            Share(inDomain, o => o.Rank is <= 3),
            inDomain.Count == 0 ? double.NaN : inDomain.Average(o => o.Rank is { } r ? 1.0 / r : 0),
            Share(inDomain, o => o.FactsFound),
            Share(outOfDomain, o => !o.Grounded),
            Share(inDomain, o => !o.Grounded),
            Share(outcomes.ToList(), o => o.Grounded == o.Item.InDomain))
        {
            RelatedShare = Share(outcomes.ToList(), o => o.Outcome == AnswerOutcome.Related),
            LeadFactAccuracy = Share(inDomain, o => o.FactsInLead),
            LeadLength = LengthFigures(outcomes.Where(o => o.Grounded).Select(o => o.LeadLength).ToList()),
        };
    }

    /// <summary>The answer part of a body: the text before the context block (the whole body when there is none).</summary>
    public static string Lead(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var at = body.IndexOf("\n" + AnswerTexts.ContextHeader, StringComparison.Ordinal);
        return (at >= 0 ? body[..at] : body).TrimEnd();
    }

    private static (double Mean, double P95) LengthFigures(List<int> lengths)
    {
        if (lengths.Count == 0)
        {
            return (double.NaN, double.NaN);
        }

        lengths.Sort();
        return (lengths.Average(), lengths[Math.Min(lengths.Count - 1, (int)Math.Ceiling(0.95 * lengths.Count) - 1)]);
    }

    /// <summary>Per-variant rows followed by an "all" row.</summary>
    public static IReadOnlyList<EvalMetrics> SummarizeByVariant(IReadOnlyList<EvalOutcome> outcomes) =>
        outcomes.GroupBy(o => o.Item.Variant).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Summarize(g.Key, g.ToList()))
            .Append(Summarize("all", outcomes))
            .ToList();

    // Facts are compared on normalized, case-folded text with spaces collapsed (scrapes hold odd spacing).
    private static bool ContainsFact(string answer, string fact) =>
        Collapse(answer).Contains(Collapse(fact), StringComparison.OrdinalIgnoreCase);

    private static string Collapse(string text) =>
        string.Join(' ', VietnameseText.Normalize(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
