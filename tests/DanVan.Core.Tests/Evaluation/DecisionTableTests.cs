using DanVan.Core.Answering;
using DanVan.Core.Evaluation;

namespace DanVan.Core.Tests.Evaluation;

public sealed class DecisionTableTests
{
    // The deciding check: retrieval first, then what is named, then below MinSupport the check whose window alone reached
    // it (the best of them), windows only several checks set aside, or the support itself; at MinSupport, the topic.
    [Fact]
    public void Decider_NamesTheCheckThatDecided()
    {
        Assert.Equal("answered", new DecisionSignals { Relevant = false }.Decider(AnswerOutcome.Answered));
        Assert.Equal("relevance", new DecisionSignals { Relevant = false }.Decider(AnswerOutcome.None));
        Assert.Equal("not mentioned", new DecisionSignals { NotMentioned = ["2011"], Support = 0, MinSupport = 0.26 }.Decider(AnswerOutcome.None));

        var signals = new DecisionSignals { Support = 0.1, MinSupport = 0.26 };
        Assert.Equal("support", signals.Decider(AnswerOutcome.Related));
        signals.SetAside(["kind", "focus"], 0.9);
        Assert.Equal("several checks", signals.Decider(AnswerOutcome.Related));
        signals.SetAside(["focus"], 0.2);
        Assert.Equal("several checks", signals.Decider(AnswerOutcome.Related));
        signals.SetAside(["kind"], 0.4);
        signals.SetAside(["focus"], 0.5);
        Assert.Equal("focus", signals.Decider(AnswerOutcome.Related));
        Assert.Equal(0.4, signals.AloneWindows["kind"]);

        Assert.Equal("topic", new DecisionSignals { Support = 0.5, MinSupport = 0.26, TopicShare = 0.2, TopicMin = 1.0 / 3 }.Decider(AnswerOutcome.Related));
        Assert.Equal("other", new DecisionSignals { Support = 0.5, MinSupport = 0.26 }.Decider(AnswerOutcome.Related));
    }

    // One row per question, as many fields as the header, a question holding commas and quotes quoted.
    [Fact]
    public void Row_HasTheHeadersFieldsAndQuotesTheQuestion()
    {
        var item = new DevSetItem("t001", "Lớp \"Dân vận khéo\", mấy ngày?", "trap", null, []);
        var signals = new DecisionSignals { Support = 0.1, MinSupport = 0.26, Relevance = 0.4 };
        signals.SetAside(["kind"], 0.5);
        var row = DecisionTable.Row("devset9", new EvalOutcome(item, null, false, false, 0.4, "…") { Outcome = AnswerOutcome.Related, Signals = signals });

        Assert.StartsWith("devset9,t001,trap,0,related,0,kind,0.4000,0.1000,0.2600,,,,", row, StringComparison.Ordinal);
        Assert.EndsWith(",\"Lớp \"\"Dân vận khéo\"\", mấy ngày?\"", row, StringComparison.Ordinal);
        Assert.Equal(DecisionTable.Header.Split(',').Length, Fields(row));
    }

    private static int Fields(string row)
    {
        var (count, quoted) = (1, false);
        foreach (var c in row)
        {
            (count, quoted) = c == '"' ? (count, !quoted) : c == ',' && !quoted ? (count + 1, quoted) : (count, quoted);
        }

        return count;
    }
}
