namespace DanVan.Core.Answering;

/// <summary>
/// The signals of one traced answer decision as values (<see cref="DecisionTrace"/> records them next to its lines): the
/// retrieval relevance, the support against MinSupport, the topic share of the supporting document, and for each check
/// of a sentence's window the best window it alone set aside. <see cref="Decider"/> names the check that decided the
/// outcome, so a calibration can count per check the answerable questions it refuses and the traps it alone declines
/// (<c>eval --trace-csv</c>).
/// </summary>
public sealed class DecisionSignals
{
    /// <summary>The checks a sentence's window can fail, in the order the collector applies them.</summary>
    public static readonly IReadOnlyList<string> WindowChecks = ["article", "offices", "names", "part", "kind", "reason", "focus", "aspect", "head", "ranking", "evidence", "attribution", "count scope", "other year"];

    private readonly Dictionary<string, double> _alone = new(StringComparer.Ordinal);

    /// <summary>What the question was read as (the kinds of fact, units, focus, offices and asked words); empty when not composed.</summary>
    public string Reading { get; internal set; } = string.Empty;

    /// <summary>The retrieval relevance of the question's best passage.</summary>
    public double Relevance { get; internal set; } = double.NaN;

    /// <summary>False when no retrieved passage was relevant enough to compose from.</summary>
    public bool Relevant { get; internal set; } = true;

    /// <summary>What the question names that no retrieved document mentions (a decline of its own).</summary>
    public IReadOnlyList<string> NotMentioned { get; internal set; } = [];

    /// <summary>The best support found (NaN when the composer never measured it).</summary>
    public double Support { get; internal set; } = double.NaN;

    /// <summary>The support an answer needs.</summary>
    public double MinSupport { get; internal set; } = double.NaN;

    /// <summary>The topic share the supporting document holds (<see cref="DanVan.Core.Retrieval.TopicCoverage.Measure"/>: of the question's word
    /// pairs, 0 when none of its own; of its own words for a question naming a province or year; NaN when not read).</summary>
    public double TopicShare { get; internal set; } = double.NaN;

    /// <summary>The least topic share an answer needs (NaN when the topic is not read).</summary>
    public double TopicMin { get; internal set; } = double.NaN;

    /// <summary>The best window set aside by more than one check (NaN when none).</summary>
    public double SeveralWindow { get; private set; } = double.NaN;

    /// <summary>The best window each check set aside alone (only checks that did).</summary>
    public IReadOnlyDictionary<string, double> AloneWindows => _alone;

    /// <summary>Records a window set aside by the checks it failed.</summary>
    internal void SetAside(IReadOnlyList<string> failed, double window)
    {
        if (failed.Count == 1)
        {
            _alone[failed[0]] = _alone.TryGetValue(failed[0], out var best) ? Math.Max(best, window) : window;
        }
        else if (failed.Count > 1 && !(SeveralWindow >= window))
        {
            SeveralWindow = window;
        }
    }

    /// <summary>
    /// The check that decided a question's outcome: "answered"; "relevance" (no passage relevant enough); "not mentioned"
    /// (something named is in no retrieved document); below MinSupport, the window check whose window alone set aside
    /// reached MinSupport (the best of them), "several checks" when only a window failing more than one did, else
    /// "support"; at or above it, "topic" when the supporting document holds too few of the question's pairs; "other"
    /// for anything else (a reading-list decline, no sentence covering anything).
    /// </summary>
    public string Decider(AnswerOutcome outcome)
    {
        if (outcome == AnswerOutcome.Answered)
        {
            return "answered";
        }

        if (!Relevant)
        {
            return "relevance";
        }

        if (NotMentioned.Count > 0)
        {
            return "not mentioned";
        }

        if (Support < MinSupport)
        {
            var alone = _alone.Where(w => w.Value >= MinSupport).OrderByDescending(w => w.Value).Select(w => w.Key).FirstOrDefault();
            return alone ?? (SeveralWindow >= MinSupport ? "several checks" : "support");
        }

        return TopicShare < TopicMin ? "topic" : "other";
    }
}
