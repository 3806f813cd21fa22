using DanVan.Core.Answering;
using DanVan.Core.Evaluation;

namespace DanVan.Core.Tests.Evaluation;

public sealed class EvaluatorLeadTests
{
    [Fact]
    public void Lead_BodyWithContext_IsTheTextBeforeTheContextBlock()
    {
        var body = "Trong 3 ngày (27-29/8) [1]\n\n" + AnswerTexts.ContextHeader + "\nSáng 27/8, khai mạc lớp. [1]";

        Assert.Equal("Trong 3 ngày (27-29/8) [1]", Evaluator.Lead(body));
    }

    [Fact]
    public void Lead_BodyWithoutContext_IsTheWholeBody()
    {
        Assert.Equal("A [1]\nB [2]", Evaluator.Lead("A [1]\nB [2]\n"));
    }

    [Fact]
    public void Summarize_FactsOnlyInContext_CountForFactsNotForTheAnswerPart()
    {
        var item = new DevSetItem("x", "q", "diacritics", "a.md", ["27/8"]);
        var outcomes = new[]
        {
            new EvalOutcome(item, 1, true, true, 1, "a") { FactsInLead = false, LeadLength = 100 },
            new EvalOutcome(item, 1, true, true, 1, "a") { FactsInLead = true, LeadLength = 300 },
        };

        var metrics = Evaluator.Summarize("all", outcomes);

        Assert.Equal(1.0, metrics.FactAccuracy);
        Assert.Equal(0.5, metrics.LeadFactAccuracy);
        Assert.Equal(200, metrics.LeadLength.Mean);
        Assert.Equal(300, metrics.LeadLength.P95);
    }
}
