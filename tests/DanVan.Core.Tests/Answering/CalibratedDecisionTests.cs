using DanVan.Core.Answering;
using DanVan.Core.Tests.Support;

namespace DanVan.Core.Tests.Answering;

/// <summary>The relaxation set from the calibration table (tests/DevSet/probes/calibrate.py).</summary>
public sealed class CalibratedDecisionTests : IClassFixture<KnowledgeFixture>
{
    private readonly IQuestionAnswerer _answerer;

    public CalibratedDecisionTests(KnowledgeFixture fixture) => _answerer = fixture.Services.Get<IQuestionAnswerer>();

    // The sentence holding the span of days ("Trong 3 ngày (20 – 22/10), …") repeats less of the question than the one
    // naming the course beside it: a near miss of MinSupport in a document that covers the question is an answer.
    [Fact]
    public async Task AnswerAsync_SupportJustBelowMinSupportInADocumentCoveringTheQuestion_Answers()
    {
        Answer answer;
        DecisionSignals signals;
        using (DecisionTrace.Begin(out _, out signals))
        {
            answer = await _answerer.AnswerAsync("Đắk Nông 2021: khóa học kéo dài mấy bữa, và kết thúc thì người học phải nộp gì?");
        }

        Assert.Equal(AnswerOutcome.Answered, answer.Outcome);
        Assert.Contains("Trong 3 ngày", answer.Body, StringComparison.Ordinal);
        Assert.InRange(signals.Support, signals.MinSupport - ExtractiveAnswerComposer.NearSupportMargin, 1);
    }
}
