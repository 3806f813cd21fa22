using DanVan.Core.Answering;
using DanVan.Core.Evaluation;

namespace DanVan.Core.Tests.Evaluation;

public sealed class DiacriticsParityRunnerTests
{
    private static DevSetItem Item(string id, string question, string variant) => new(id, question, variant, "doc.md", []);

    [Fact]
    public async Task RunAsync_Question_AsksItTypedAndFoldedToAscii()
    {
        var answerer = new ScriptedAnswerer(_ => AnswerOutcome.Answered);
        await new DiacriticsParity(answerer).RunAsync([Item("1", "Đội tuyển Việt Nam đá với ai?", "chatter")]);

        Assert.Equal(["Đội tuyển Việt Nam đá với ai?", "doi tuyen viet nam da voi ai?"], answerer.Asked);
    }

    [Theory]
    [InlineData(AnswerOutcome.Answered, AnswerOutcome.Answered, true)]
    [InlineData(AnswerOutcome.Related, AnswerOutcome.None, true)]
    [InlineData(AnswerOutcome.Answered, AnswerOutcome.Related, false)]
    [InlineData(AnswerOutcome.None, AnswerOutcome.Answered, false)]
    public async Task RunAsync_TwoOutcomes_SameDecisionOnlyWhenBothAnsweredOrNeither(AnswerOutcome typed, AnswerOutcome folded, bool same)
    {
        var answerer = new ScriptedAnswerer(q => q.StartsWith("Lớp", StringComparison.Ordinal) ? typed : folded);

        var outcome = Assert.Single(await new DiacriticsParity(answerer).RunAsync([Item("1", "Lớp học ở đâu?", "diacritics")]));

        Assert.Equal(typed, outcome.Typed);
        Assert.Equal(folded, outcome.Folded);
        Assert.Equal(same, outcome.SameDecision);
    }

    [Fact]
    public async Task SummarizeByVariant_MixedOutcomes_CountsSharePerVariantAndOverall()
    {
        // Questions with a '!' are answered only as typed, so they differ once folded.
        var answerer = new ScriptedAnswerer(q => q.Contains('!', StringComparison.Ordinal) && q.Any(c => c > 127) ? AnswerOutcome.Answered : AnswerOutcome.None);
        var outcomes = await new DiacriticsParity(answerer).RunAsync(
        [
            Item("1", "Hội nghị ở đâu!", "diacritics"), Item("2", "Hội nghị ở đâu", "diacritics"),
            Item("3", "hoi nghi o dau", "no_diacritics"), Item("4", "Bóng đá", "chatter"),
        ]);

        var rows = DiacriticsParity.SummarizeByVariant(outcomes);

        Assert.Equal(["chatter", "diacritics", "no_diacritics", "all"], rows.Select(r => r.Group));
        Assert.Equal(0.5, rows.Single(r => r.Group == "diacritics").Parity);
        Assert.Equal(1.0, rows.Single(r => r.Group == "chatter").Parity);
        Assert.Equal((4, 3, 0.75), (rows[^1].Questions, rows[^1].Same, rows[^1].Parity));
    }

    [Fact]
    public void Summarize_NoQuestions_ParityIsNaN() =>
        Assert.True(double.IsNaN(DiacriticsParity.Summarize("all", []).Parity));

    private sealed class ScriptedAnswerer(Func<string, AnswerOutcome> outcome) : IQuestionAnswerer
    {
        public List<string> Asked { get; } = [];

        public Task<Answer> AnswerAsync(string question, string? previousQuestion = null, CancellationToken cancellationToken = default)
        {
            Asked.Add(question);
            var result = outcome(question);
            return Task.FromResult(new Answer(question, "…", result == AnswerOutcome.Answered, []) { Outcome = result });
        }
    }
}
