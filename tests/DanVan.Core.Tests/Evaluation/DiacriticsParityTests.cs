using DanVan.Core.Answering;
using DanVan.Core.Evaluation;
using DanVan.Core.Tests.Support;
using Xunit.Abstractions;

namespace DanVan.Core.Tests.Evaluation;

/// <summary>
/// Every question of every question set we may read (the dev sets and held-out sets 1–4; never a blind set), asked as
/// typed and folded to ASCII: the share that gets the same decision (answered, or not).
/// </summary>
public sealed class DiacriticsParityTests : IClassFixture<KnowledgeFixture>
{
    private const double Floor = 0.98;
    private static readonly string[] Sets = ["devset.json", "devset2.json", "devset3.json", "devset4.json", "devset5.json", "devset6.json", "devset7.json", "devset8.json", "devset9.json", "devset10.json", "devset11.json", "devset12.json", "devset13.json", "devset14.json", "devset15.json", "devset16.json", "devset17.json", "devset18.json", "holdout.json", "holdout2.json", "holdout3.json", "holdout4.json"];
    private readonly IQuestionAnswerer _answerer;
    private readonly ITestOutputHelper _output;

    public DiacriticsParityTests(KnowledgeFixture fixture, ITestOutputHelper output)
    {
        _answerer = fixture.Services.Get<IQuestionAnswerer>();
        _output = output;
    }

    [Fact]
    public async Task AnswerAsync_EveryQuestionWithAndWithoutDiacritics_GetsTheSameDecision()
    {
        var items = Sets.SelectMany(s => Evaluator.Load(Path.Combine(Path.GetDirectoryName(RepoPaths.DevSet)!, s))).ToList();
        var outcomes = await new DiacriticsParity(_answerer).RunAsync(items);
        var differing = outcomes.Where(o => !o.SameDecision).Select(o => $"{o.Typed}/{o.Folded}: {o.Item.Question}").ToList();

        var parity = DiacriticsParity.Summarize("all", outcomes).Parity;
        _output.WriteLine($"diacritics parity {parity:0.000} over {outcomes.Count} questions; differing:\n{string.Join('\n', differing)}");
        Assert.True(outcomes.Count >= 400);
        Assert.True(parity >= Floor, $"diacritics parity {parity:0.000} < {Floor}:\n{string.Join('\n', differing)}");
    }
}
