using System.CommandLine;
using System.Globalization;
using DanVan.Core.Evaluation;
using DanVan.Core.Ingestion;
using DanVan.Core.Retrieval;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace DanVan.Bot.Cli;

/// <summary>
/// <c>eval</c>: runs the dev set against the knowledge plus the dev-set documents, in a temporary database,
/// and prints hit@1, hit@3, MRR, fact accuracy, refusal accuracy and false refusals per variant. <c>--parity</c> instead
/// asks every question as typed and folded to ASCII and prints the share getting the same decision.
/// </summary>
internal static class EvalVerb
{
    public static Command Create()
    {
        var devSet = new Option<string>("--devset") { Description = "Tệp dev set (JSON).", DefaultValueFactory = _ => "tests/DevSet/devset.json" };
        var docs = new Option<string>("--docs") { Description = "Thư mục tài liệu kiểm thử thêm vào chỉ mục.", DefaultValueFactory = _ => "tests/DevSet/docs" };
        var verbose = new Option<bool>("--verbose") { Description = "In từng câu hỏi sai." };
        var sweep = new Option<bool>("--sweep") { Description = "Quét ngưỡng liên quan để hiệu chỉnh Retrieval:MinRelevance." };
        var parity = new Option<bool>("--parity") { Description = "Hỏi mỗi câu cả có dấu và không dấu; in tỉ lệ câu được quyết định như nhau." };
        var corpus = new Option<string?>("--corpus") { Description = "Start from a copy of this database (e.g. data/bench/corpus-100000.db) to measure quality among many other passages." };
        var traceCsv = new Option<string?>("--trace-csv") { Description = "Ghi mỗi câu hỏi một dòng CSV: bước kiểm tra đã quyết định và các tín hiệu (độ liên quan, độ hỗ trợ …)." };
        var command = new Command("eval", "Đánh giá chất lượng trả lời trên bộ câu hỏi mẫu.") { devSet, docs, verbose, sweep, parity, corpus, traceCsv };
        command.SetAction((parse, ct) => ExecuteAsync(parse.GetValue(devSet)!, parse.GetValue(docs)!,
            new Modes(parse.GetValue(verbose), parse.GetValue(sweep), parse.GetValue(parity)) { TraceCsv = parse.GetValue(traceCsv) }, parse.GetValue(corpus), ct));
        return command;
    }

    private static async Task<int> ExecuteAsync(string devSetPath, string docsPath, Modes modes, string? corpus, CancellationToken cancellationToken)
    {
        if (!File.Exists(devSetPath))
        {
            await Console.Error.WriteLineAsync($"Không tìm thấy dev set '{devSetPath}'.");
            return 1;
        }

        if (corpus is not null && !File.Exists(corpus))
        {
            await Console.Error.WriteLineAsync($"Không tìm thấy cơ sở dữ liệu '{corpus}'.");
            return 1;
        }

        var database = Path.Combine(Path.GetTempPath(), $"danvan-eval-{Guid.NewGuid():N}.db");
        try
        {
            if (corpus is not null)
            {
                File.Copy(corpus, database);
            }

            await using var context = await CliContext.CreateAsync(syncKnowledge: true, cancellationToken,
                b => b.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DatabasePath"] = database }));
            if (context is null)
            {
                return 1;
            }

            if (Directory.Exists(docsPath))
            {
                var pipeline = context.Get<IngestionPipeline>();
                foreach (var file in KnowledgeSync.EnumerateDocuments(docsPath))
                {
                    var key = KnowledgeSync.RelativeKey(file);
                    await pipeline.IngestAsync(await File.ReadAllBytesAsync(file, cancellationToken), file, key, key, "eval", false, cancellationToken);
                }
            }

            var items = Evaluator.Load(devSetPath);
            if (modes.Parity)
            {
                await PrintParityAsync(new DiacriticsParity(context.Get<DanVan.Core.Answering.IQuestionAnswerer>()), items, modes.Verbose, cancellationToken);
                return 0;
            }

            var outcomes = await new Evaluator(context.Get<Retriever>(), context.Get<DanVan.Core.Answering.IQuestionAnswerer>()).RunAsync(items, cancellationToken);
            Print(Evaluator.SummarizeByVariant(outcomes));
            if (modes.TraceCsv is { } csv)
            {
                var set = Path.GetFileNameWithoutExtension(devSetPath);
                await File.WriteAllLinesAsync(csv, outcomes.Select(o => DecisionTable.Row(set, o)).Prepend(DecisionTable.Header), cancellationToken);
            }

            if (modes.Verbose)
            {
                PrintMisses(outcomes);
                foreach (var o in outcomes.Where(o => o.FactsFound && !o.FactsInLead))
                {
                    Console.WriteLine($"facts after the first {Evaluator.LeadChars} characters of the answer part: {o.Item.Id} {o.Item.Variant} {o.Item.Question}");
                    Console.WriteLine("    " + string.Join("\n    ", o.Answer.Split('\n').TakeWhile(l => !l.StartsWith(DanVan.Core.Answering.AnswerTexts.SourcesHeader, StringComparison.Ordinal))));
                }

                foreach (var o in outcomes.OrderBy(o => o.Relevance))
                {
                    Console.WriteLine($"rel {o.Relevance:0.000} sup {o.Support:0.000} {(o.Item.InDomain ? "IN " : "OOD")} {o.Item.Id} {o.Item.Variant} {o.Item.Question}");
                }
            }

            if (modes.Sweep)
            {
                var options = context.Get<IOptions<RetrievalOptions>>().Value;
                PrintSweep("MinRelevance", outcomes, o => o.Relevance, options.MinRelevance);
                PrintSweep("MinSupport", outcomes, o => o.Relevance < options.MinRelevance ? 0 : o.Support, options.MinSupport);
            }

            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
            {
                File.Delete(database + suffix);
            }
        }
    }

    private static void Print(IReadOnlyList<EvalMetrics> rows)
    {
        var table = new Table().AddColumns("variant", "n", "hit@1", "hit@3", "MRR", "facts", "refusal acc", "false refusals", "decision acc", "related", "facts≤500", "answer chars mean/p95");
        foreach (var row in rows)
        {
            table.AddRow(row.Group, row.Questions.ToString(CultureInfo.InvariantCulture), F(row.HitAt1), F(row.HitAt3), F(row.Mrr),
                F(row.FactAccuracy), F(row.RefusalAccuracy), F(row.FalseRefusalRate), F(row.DecisionAccuracy), F(row.RelatedShare),
                F(row.LeadFactAccuracy), double.IsNaN(row.LeadLength.Mean) ? "—" : $"{row.LeadLength.Mean:0}/{row.LeadLength.P95:0}");
        }

        AnsiConsole.Write(table);
    }

    private static async Task PrintParityAsync(DiacriticsParity parity, IReadOnlyList<DevSetItem> items, bool verbose, CancellationToken cancellationToken)
    {
        var outcomes = await parity.RunAsync(items, cancellationToken);
        var table = new Table().AddColumns("variant", "n", "same decision", "parity");
        foreach (var row in DiacriticsParity.SummarizeByVariant(outcomes))
        {
            table.AddRow(row.Group, row.Questions.ToString(CultureInfo.InvariantCulture), row.Same.ToString(CultureInfo.InvariantCulture), F(row.Parity));
        }

        AnsiConsole.Write(table);
        if (verbose)
        {
            foreach (var o in outcomes.Where(o => !o.SameDecision))
            {
                AnsiConsole.WriteLine($"[{o.Item.Id} {o.Item.Variant}] typed={o.Typed} folded={o.Folded} :: {o.Item.Question}");
                foreach (var (form, why) in new[] { ("typed", o.TypedWhy), ("folded", o.FoldedWhy) })
                {
                    foreach (var line in why)
                    {
                        AnsiConsole.WriteLine($"    why {form}: {line}");
                    }
                }
            }
        }
    }

    private static void PrintMisses(IReadOnlyList<EvalOutcome> outcomes)
    {
        foreach (var o in outcomes.Where(o => o.Item.InDomain ? o.Rank != 1 || !o.FactsFound : o.Grounded))
        {
            AnsiConsole.WriteLine($"[{o.Item.Id} {o.Item.Variant}] rank={o.Rank?.ToString(CultureInfo.InvariantCulture) ?? "-"} outcome={o.Outcome} facts={o.FactsFound} rel={o.Relevance:0.00} :: {o.Item.Question}");
            AnsiConsole.WriteLine("    " + string.Join("\n    ", o.Answer.Split('\n').TakeWhile(l => !l.StartsWith(DanVan.Core.Answering.AnswerTexts.SourcesHeader, StringComparison.Ordinal))));
            foreach (var line in o.Why)
            {
                AnsiConsole.WriteLine("    why: " + line);
            }
        }
    }

    // Refusal accuracy and false refusals if one threshold were t, from the value each question got (the other
    // threshold as configured; a question refused before its support was measured counts as support 0).
    private static void PrintSweep(string name, IReadOnlyList<EvalOutcome> outcomes, Func<EvalOutcome, double> value, double current)
    {
        var table = new Table().AddColumns(name, "refusal acc", "false refusals", "decision acc");
        var inDomain = outcomes.Where(o => o.Item.InDomain).ToList();
        var outOfDomain = outcomes.Where(o => !o.Item.InDomain).ToList();
        bool Refused(EvalOutcome o, double t) => double.IsNaN(value(o)) || value(o) < t;
        for (var t = 0.20; t <= 0.801; t += 0.025)
        {
            var refusal = outOfDomain.Count == 0 ? double.NaN : (double)outOfDomain.Count(o => Refused(o, t)) / outOfDomain.Count;
            var falseRefusal = inDomain.Count == 0 ? double.NaN : (double)inDomain.Count(o => Refused(o, t)) / inDomain.Count;
            var decision = (double)(outOfDomain.Count(o => Refused(o, t)) + inDomain.Count(o => !Refused(o, t))) / outcomes.Count;
            table.AddRow((Math.Abs(t - current) < 0.001 ? "*" : string.Empty) + t.ToString("0.000", CultureInfo.InvariantCulture), F(refusal), F(falseRefusal), F(decision));
        }

        AnsiConsole.Write(table);
    }

    private sealed record Modes(bool Verbose, bool Sweep, bool Parity)
    {
        /// <summary>Where <c>--trace-csv</c> writes each question's decision row (<see cref="DecisionTable"/>), if anywhere.</summary>
        public string? TraceCsv { get; init; }
    }

    private static string F(double value) => double.IsNaN(value) ? "—" : value.ToString("0.000", CultureInfo.InvariantCulture);
}
