using DanVan.Core.Answering;
using DanVan.Core.Evaluation;
using DanVan.Core.Retrieval;
using DanVan.Core.Tests.Support;

namespace DanVan.Core.Tests.Evaluation;

/// <summary>
/// Quality floors on the dev set (tests/DevSet). Raise them as the numbers rise; a change that lowers quality fails here.
/// Current values are in README's "Quality" section.
/// </summary>
public sealed class DevSetFloorTests : IClassFixture<KnowledgeFixture>
{
    private readonly KnowledgeFixture _fixture;

    public DevSetFloorTests(KnowledgeFixture fixture) => _fixture = fixture;

    [Fact]
    public async Task Evaluate_DevSet_MeetsFloors()
    {
        var items = Evaluator.Load(RepoPaths.DevSet);
        Assert.True(items.Count >= 60);
        var evaluator = new Evaluator(_fixture.Services.Get<Retriever>(), _fixture.Services.Get<IQuestionAnswerer>());
        var outcomes = await evaluator.RunAsync(items);
        var all = Evaluator.Summarize("all", outcomes);
        var withDiacritics = Evaluator.Summarize("diacritics", outcomes.Where(o => o.Item.Variant == "diacritics").ToList());
        var without = Evaluator.Summarize("no_diacritics", outcomes.Where(o => o.Item.Variant == "no_diacritics").ToList());

        Assert.True(withDiacritics.HitAt3 >= 0.95, $"hit@3 with diacritics {withDiacritics.HitAt3:0.000}");
        Assert.True(without.HitAt3 >= 0.90, $"hit@3 without diacritics {without.HitAt3:0.000}");
        Assert.True(all.HitAt1 >= 0.95, $"hit@1 {all.HitAt1:0.000}");
        Assert.True(all.Mrr >= 0.95, $"MRR {all.Mrr:0.000}");
        Assert.True(all.FactAccuracy >= 0.97, $"fact accuracy {all.FactAccuracy:0.000}");
        Assert.True(all.RefusalAccuracy >= 0.90, $"refusal accuracy {all.RefusalAccuracy:0.000}");
        Assert.True(all.FalseRefusalRate <= 0.02, $"false refusals {all.FalseRefusalRate:0.000}");
        Assert.True(all.DecisionAccuracy >= 0.97, $"decision accuracy {all.DecisionAccuracy:0.000}");
    }

    // The second and third dev sets are shaped like the blind sets: paraphrases, near-domain traps and chatter. The
    // third was written on 2026-12-07 and first run untuned; its paraphrases are the hardest we may read. The fourth
    // (written later that day, weighted to traps, chatter and paraphrases) has 34 traps and one chatter question
    // ("dan toc nao co dan so dong nhat the gioi") still answered. The ninth (60 paraphrases, 20 traps, 20 chatter, written
    // fresh at the start of the seventh round; untuned: facts 0.750, false refusals 0.117, traps 0.950, chatter 1.000). The
    // tenth (70 paraphrases, 15 traps, 15 chatter; unread through the seventh round, read in the eighth: facts 0.814 →
    // 0.929, false refusals 0.143 → 0.057, traps 0.800 → 1.000). The eleventh (unread through the eighth round, read in
    // the ninth: false refusals 0.186 → 0.043, facts 0.757 → 0.900) and the twelfth (written at the start of the ninth,
    // read from its first run: traps 0.867 → 0.933, chatter 0.867 → 0.933 — one joke request still answered). The thirteenth (written at the start of the tenth round, read from its first run:
    // false refusals 0.100 → 0.033, facts 0.867 → 0.950; traps 0.840 unchanged). The fourteenth (written at the start of the
    // eleventh round, read from its first run: facts 0.950 → 0.983, false refusals 0.033 → 0.017; traps 0.920 unchanged). The fifteenth (written at the start of the twelfth round, read
    // from its first run: facts 0.950 → 0.983, false refusals 0.050 → 0.017; traps 0.840 unchanged).
    [Theory]
    [InlineData("devset2.json", 0.93, 0.05, 0.95, 0.95, 0.95)]
    [InlineData("devset3.json", 0.87, 0.05, 0.95, 0.95, 0.95)]
    [InlineData("devset4.json", 0.93, 0.05, 0.95, 0.95, 0.93)]
    [InlineData("devset9.json", 0.88, 0.05, 0.95, 0.95, 1.0)]
    [InlineData("devset10.json", 0.90, 0.08, 0.94, 0.93, 1.0)]
    [InlineData("devset11.json", 0.88, 0.06, 0.95, 0.93, 1.0)]
    [InlineData("devset12.json", 0.94, 0.05, 0.94, 0.93, 0.93)]
    [InlineData("devset13.json", 0.93, 0.05, 0.92, 0.84, 1.0)]
    [InlineData("devset14.json", 0.97, 0.02, 0.965, 0.92, 1.0)]
    [InlineData("devset15.json", 0.98, 0.02, 0.945, 0.84, 1.0)]
    [InlineData("devset18.json", 0.96, 0.02, 0.97, 0.95, 1.0)]
    public async Task Evaluate_BlindShapedDevSet_MeetsFloors(string file, double facts, double falseRefusals, double decision, double trapsDeclined, double chatterDeclined)
    {
        var items = Evaluator.Load(Path.Combine(Path.GetDirectoryName(RepoPaths.DevSet)!, file));
        Assert.True(items.Count >= 100);
        var evaluator = new Evaluator(_fixture.Services.Get<Retriever>(), _fixture.Services.Get<IQuestionAnswerer>());
        var outcomes = await evaluator.RunAsync(items);
        var all = Evaluator.Summarize("all", outcomes);
        var traps = Evaluator.Summarize("trap", outcomes.Where(o => o.Item.Variant == "trap").ToList());
        var chatter = Evaluator.Summarize("chatter", outcomes.Where(o => o.Item.Variant == "chatter").ToList());

        Assert.True(all.HitAt3 >= 0.95, $"hit@3 {all.HitAt3:0.000}");
        Assert.True(all.FactAccuracy >= facts, $"fact accuracy {all.FactAccuracy:0.000}");
        Assert.True(all.FalseRefusalRate <= falseRefusals, $"false refusals {all.FalseRefusalRate:0.000}");
        Assert.True(all.DecisionAccuracy >= decision, $"decision accuracy {all.DecisionAccuracy:0.000}");
        Assert.True(traps.RefusalAccuracy >= trapsDeclined, $"traps declined {traps.RefusalAccuracy:0.000}");
        Assert.True(chatter.RefusalAccuracy >= chatterDeclined, $"chatter declined {chatter.RefusalAccuracy:0.000}");
    }

    // The fifth dev set: 60 paraphrases only (24 typed without diacritics), written from the documents on 2026-12-07; the
    // sixth, written fresh at the start of the next round: 60 paraphrases and 20 traps in everyday words (untuned: false
    // refusals 0.133, facts 0.767, traps declined 0.850); the seventh and eighth, written fresh at the start of the round
    // after (untuned: false refusals 0.117 and 0.050, facts 0.767 and 0.850, traps declined 0.900 each); the seventeenth,
    // 150 fresh paraphrases written at the start of round 13 (untuned: false refusals 0.053, facts 0.907).
    [Theory]
    [InlineData("devset5.json", 60, 0.85, 0.05, 0.0)]
    [InlineData("devset6.json", 80, 0.93, 0.05, 0.90)]
    [InlineData("devset7.json", 80, 0.95, 0.03, 0.95)]
    [InlineData("devset8.json", 100, 0.85, 0.07, 0.85)]
    [InlineData("devset17.json", 150, 0.94, 0.02, 0.0)]
    public async Task Evaluate_ParaphraseDevSet_MeetsFloors(string file, int count, double facts, double falseRefusals, double trapsDeclined)
    {
        var items = Evaluator.Load(Path.Combine(Path.GetDirectoryName(RepoPaths.DevSet)!, file));
        Assert.True(items.Count >= count);
        var evaluator = new Evaluator(_fixture.Services.Get<Retriever>(), _fixture.Services.Get<IQuestionAnswerer>());
        var outcomes = await evaluator.RunAsync(items);
        var all = Evaluator.Summarize("all", outcomes);
        var traps = outcomes.Where(o => o.Item.Variant == "trap").ToList();

        Assert.True(all.HitAt3 >= 0.95, $"hit@3 {all.HitAt3:0.000}");
        Assert.True(all.FactAccuracy >= facts, $"fact accuracy {all.FactAccuracy:0.000}");
        Assert.True(all.FalseRefusalRate <= falseRefusals, $"false refusals {all.FalseRefusalRate:0.000}");
        Assert.True(traps.Count == 0 || Evaluator.Summarize("trap", traps).RefusalAccuracy >= trapsDeclined, "traps declined");
    }
}
