using System.Globalization;
using DanVan.Core.Answering;

namespace DanVan.Core.Evaluation;

/// <summary>
/// One CSV row per evaluated question (<c>eval --trace-csv FILE</c>): its set, id, variant, whether it is answerable,
/// the outcome, the check that decided it (<see cref="DecisionSignals.Decider"/>) and the signal values — relevance,
/// support against MinSupport, topic share against its minimum, the best window each window check alone set aside and
/// the best one several did, what the question was read as. <c>tests/DevSet/probes/calibrate.py</c> tabulates them per check.
/// </summary>
public static class DecisionTable
{
    /// <summary>The header line.</summary>
    public static string Header =>
        string.Join(',', new[] { "set", "id", "variant", "answerable", "outcome", "facts", "decider", "relevance", "support", "min_support", "topic_share", "topic_min", "several" }
            .Concat(DecisionSignals.WindowChecks.Select(c => "alone_" + c.Replace(' ', '_')))
            .Append("reading").Append("question"));

    /// <summary>The row of one outcome of the named set.</summary>
    public static string Row(string set, EvalOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var s = outcome.Signals;
        var fields = new[]
        {
            set, outcome.Item.Id, outcome.Item.Variant, outcome.Item.InDomain ? "1" : "0", outcome.Outcome.ToString().ToLowerInvariant(),
            outcome.FactsFound ? "1" : "0", s.Decider(outcome.Outcome), F(outcome.Relevance), F(s.Support), F(s.MinSupport), F(s.TopicShare), F(s.TopicMin), F(s.SeveralWindow),
        }.Concat(DecisionSignals.WindowChecks.Select(c => s.AloneWindows.TryGetValue(c, out var w) ? F(w) : string.Empty))
            .Append(s.Reading).Append(outcome.Item.Question);
        return string.Join(',', fields.Select(Quote));
    }

    private static string F(double value) => double.IsNaN(value) ? string.Empty : value.ToString("0.0000", CultureInfo.InvariantCulture);

    private static string Quote(string field) =>
        field.IndexOfAny([',', '"', '\n', '\r']) < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
