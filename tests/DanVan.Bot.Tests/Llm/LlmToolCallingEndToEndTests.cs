using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using DanVan.Bot.Tests.TestDoubles;
using DanVan.Core.Answering;
using DanVan.Core.Courses;
using DanVan.Core.LanguageModels;
using DanVan.Core.Retrieval;
using Microsoft.Extensions.Logging;

namespace DanVan.Bot.Tests.Llm;

/// <summary>
/// LLM mode on Semantic Kernel with the bot's tools, end to end: real ingestion and retrieval over SQLite, the real
/// kernel and the official OpenAI SDK over HTTP to a fake model scripted to call tools.
/// </summary>
public sealed partial class LlmToolCallingEndToEndTests : IAsyncLifetime
{
    private const string Search = "materials_search";
    private const string Calendar = "calendar_upcoming_courses";
    private const string Question = "Phương châm thực hiện dân chủ ở cơ sở là gì?";
    private const string Mediation = "Tổ hòa giải do Ban công tác Mặt trận thôn, tổ dân phố chủ trì thành lập";

    private FakeOpenAiServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeOpenAiServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private static async Task<LlmTestHost> HostWithMaterialsAsync(FakeOpenAiServer server, Action<Dictionary<string, string?>>? configure = null)
    {
        var host = LlmTestHost.ForServer(server, configure);
        await host.IngestAsync("so-tay-dan-van.txt",
            "Sổ tay công tác dân vận\n\nPhương châm thực hiện dân chủ ở cơ sở là dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng.");
        await host.IngestAsync("hoa-giai-thon-xom.txt",
            "Hòa giải thôn xóm\n\n" + Mediation + "; mỗi tổ có từ ba hòa giải viên trở lên, được bầu tại cuộc họp của nhân dân.");
        return host;
    }

    /// <summary>The number the tool result gave the element whose text starts with <paramref name="text"/>.</summary>
    private static int NumberIn(string toolResult, string text)
    {
        var match = Regex.Match(toolResult, "<(?:tai_lieu|lop_hoc) id=\"(\\d+)\"[^>]*>\\s*" + Regex.Escape(text));
        Assert.True(match.Success, $"'{text}' is not in the tool result:\n{toolResult}");
        return int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    private static IEnumerable<int> Numbers(string text) =>
        NumberAttribute().Matches(text).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));

    [Fact]
    public async Task Answer_ModelSearchesInItsOwnWordsThenCitesWhatItFetched_AnsweredWithBothSources()
    {
        _server.OnChat = request => request.MessagesOf("tool") is [.., var found]
            ? FakeOpenAiReply.Text($"Tổ hòa giải do Ban công tác Mặt trận chủ trì thành lập [{NumberIn(found, "Tổ hòa giải")}]. " +
                                   "Phương châm là dân biết, dân bàn, dân làm, dân kiểm tra [1].")
            : FakeOpenAiReply.CallTool(Search, """{"query":"tổ hòa giải thành lập"}""");
        using var host = await HostWithMaterialsAsync(_server);

        var answer = await host.Get<IQuestionAnswerer>().AnswerAsync(Question);

        Assert.Equal(2, _server.ChatRequests.Count);
        var first = _server.ChatRequests[0];
        Assert.Equal([Search, Calendar], first.ToolNames());
        var given = Numbers(first.MessagesOf("user").Single()).ToList();
        var toolResult = Assert.Single(_server.ChatRequests[1].MessagesOf("tool"));
        Assert.DoesNotContain(Mediation, first.MessagesOf("user").Single(), StringComparison.Ordinal);
        // Numbering continues after the passages already given, so [n] stays unambiguous.
        Assert.Equal(given.Max() + 1, NumberIn(toolResult, "Tổ hòa giải"));
        Assert.Equal(AnswerOutcome.Answered, answer.Outcome);
        Assert.Equal("llm", answer.Mode);
        Assert.Equal("Tổ hòa giải do Ban công tác Mặt trận chủ trì thành lập [1]. Phương châm là dân biết, dân bàn, dân làm, dân kiểm tra [2].", answer.Body);
        Assert.Equal(["Hòa giải thôn xóm", "Sổ tay công tác dân vận"], answer.Sources.Select(s => s.Title));
        Assert.StartsWith(Mediation, answer.Sources[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answer_ModelCitesANumberItWasNeverGiven_ExtractiveFallback()
    {
        _server.OnChat = request => request.MessagesOf("tool") is [.., var found]
            ? FakeOpenAiReply.Text($"Phương châm là dân biết, dân bàn [{Numbers(found).Max() + 5}].")
            : FakeOpenAiReply.CallTool(Search, """{"query":"phương châm dân chủ"}""");
        using var host = await HostWithMaterialsAsync(_server);

        var answer = await host.Get<IQuestionAnswerer>().AnswerAsync(Question);

        Assert.Equal(2, _server.ChatRequests.Count);
        await AssertExtractiveFallbackAsync(host, answer);
        Assert.Contains(host.Logs.Entries, e => e.Level == LogLevel.Warning && e.Text.Contains("rejected (cites [", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public async Task Answer_ModelKeepsCallingTools_StoppedAtTheLimitAndExtractiveFallback(int limit)
    {
        var calls = 0;
        _server.OnChat = _ => FakeOpenAiReply.CallTool(Search, $$"""{"query":"dân vận lần {{Interlocked.Increment(ref calls)}}"}""");
        using var host = await HostWithMaterialsAsync(_server, s => s["Llm:MaxToolCalls"] = limit.ToString(CultureInfo.InvariantCulture));

        var answer = await host.Get<IQuestionAnswerer>().AnswerAsync(Question);

        // Every allowed call ran and was answered; the one past the limit was not.
        Assert.Equal(limit + 1, _server.ChatRequests.Count);
        Assert.Equal(limit, _server.ChatRequests[^1].MessagesOf("tool").Count);
        await AssertExtractiveFallbackAsync(host, answer);
        Assert.Contains(host.Logs.Entries, e => e.Level == LogLevel.Warning && e.Text.Contains($"more than {limit} tool calls", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(2, true)]
    [InlineData(1, false)]
    public async Task Answer_TwoToolCallsInOneReply_EachCountsTowardsTheLimit(int limit, bool answered)
    {
        _server.OnChat = request => request.MessagesOf("tool") is [var found, _]
            ? FakeOpenAiReply.Text($"Tổ hòa giải do Ban công tác Mặt trận chủ trì thành lập [{NumberIn(found, "Tổ hòa giải")}].")
            : FakeOpenAiReply.CallTools(new FakeToolCall(Search, """{"query":"tổ hòa giải"}"""), new FakeToolCall(Calendar, """{"daysAhead":7}"""));
        using var host = await HostWithMaterialsAsync(_server, s => s["Llm:MaxToolCalls"] = limit.ToString(CultureInfo.InvariantCulture));

        var answer = await host.Get<IQuestionAnswerer>().AnswerAsync(Question);

        if (answered)
        {
            Assert.Equal(2, _server.ChatRequests.Count);
            Assert.Equal(AnswerOutcome.Answered, answer.Outcome);
            Assert.Equal("Hòa giải thôn xóm", Assert.Single(answer.Sources).Title);
        }
        else
        {
            Assert.Single(_server.ChatRequests);
            await AssertExtractiveFallbackAsync(host, answer);
        }
    }

    [Fact]
    public async Task Answer_NextWeeksCourses_ModelReadsTheCalendarAndCitesTheCourse()
    {
        var today = LlmTestHost.Today;
        _server.OnChat = request => request.MessagesOf("tool") is [.., var calendar]
            ? FakeOpenAiReply.Text($"Tuần sau có Lớp bồi dưỡng kỹ năng dân vận khéo tại Hà Nội [{NumberIn(calendar, "Mang theo")}].")
            : FakeOpenAiReply.CallTool(Calendar, """{"daysAhead":14}""");
        using var host = LlmTestHost.ForServer(_server);
        var courses = host.Get<CourseStore>();
        await courses.AddAsync(new NewCourse("Lớp bồi dưỡng kỹ năng dân vận khéo", today.AddDays(7), today.AddDays(9), "Hà Nội", "test",
            Audience: "Cán bộ cơ sở", Notes: "Mang theo giấy giới thiệu"));
        await courses.AddAsync(new NewCourse("Hội nghị quán triệt đã qua", today.AddDays(-10), today.AddDays(-5), "Huế", "test"));
        await courses.AddAsync(new NewCourse("Lớp tập huấn năm sau", today.AddDays(200), null, "Cần Thơ", "test"));

        var answer = await host.Get<IQuestionAnswerer>().AnswerAsync("Tuần sau có lớp nào?");

        var calendar = Assert.Single(_server.ChatRequests[1].MessagesOf("tool"));
        Assert.Contains("Hôm nay là " + VietnameseDateFormat.Format(today), calendar, StringComparison.Ordinal);
        Assert.Contains("ten=\"Lớp bồi dưỡng kỹ năng dân vận khéo\"", calendar, StringComparison.Ordinal);
        Assert.Contains(VietnameseDateFormat.FormatRange(today.AddDays(7), today.AddDays(9)), calendar, StringComparison.Ordinal);
        Assert.DoesNotContain("đã qua", calendar, StringComparison.Ordinal);
        Assert.DoesNotContain("năm sau", calendar, StringComparison.Ordinal);
        Assert.Equal(AnswerOutcome.Answered, answer.Outcome);
        Assert.Equal("Tuần sau có Lớp bồi dưỡng kỹ năng dân vận khéo tại Hà Nội [1].", answer.Body);
        var source = Assert.Single(answer.Sources);
        Assert.Equal(AnswerTexts.CourseCalendarTitle, source.Title);
        Assert.StartsWith("Lớp bồi dưỡng kỹ năng dân vận khéo (", source.Section, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answer_ServerFailsAfterAToolCall_ExtractiveFallback()
    {
        _server.OnChat = request => request.MessagesOf("tool").Count == 0
            ? FakeOpenAiReply.CallTool(Search, """{"query":"dân chủ ở cơ sở"}""")
            : FakeOpenAiReply.Error(503, "Overloaded");
        using var host = await HostWithMaterialsAsync(_server);

        var answer = await host.Get<IQuestionAnswerer>().AnswerAsync(Question);

        Assert.Equal(2, _server.ChatRequests.Count);
        await AssertExtractiveFallbackAsync(host, answer);
        Assert.Contains(host.Logs.Entries, e => e.Level == LogLevel.Warning && e.Text.Contains("call failed (ClientResultException)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Answer_ExchangeLongerThanTimeout_FallsBackWhenTheWholeExchangeHasTakenTheTimeout()
    {
        // Each round trip alone is well within the limit; together they are not. A per-call limit would let all eleven
        // round trips run and end at the tool limit instead.
        _server.OnChat = _ => FakeOpenAiReply.CallTool(Search, """{"query":"dân vận"}""") with { Delay = TimeSpan.FromMilliseconds(400) };
        using var host = await HostWithMaterialsAsync(_server, s =>
        {
            s["Llm:TimeoutSeconds"] = "1";
            s["Llm:MaxToolCalls"] = "10";
        });
        var clock = Stopwatch.StartNew();

        var answer = await host.Get<IQuestionAnswerer>().AnswerAsync(Question);

        Assert.Equal(LlmAnswerComposer.FallbackMode, answer.Mode);
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(20));
        Assert.InRange(_server.ChatRequests.Count, 1, 4);
        Assert.Contains(host.Logs.Entries, e => e.Text.Contains("did not answer within 1 s while answering", StringComparison.Ordinal));
        Assert.DoesNotContain(host.Logs.Entries, e => e.Text.Contains("tool calls", StringComparison.Ordinal) && e.Level == LogLevel.Warning);
    }

    [Fact]
    public async Task Answer_OperatorEditsThePromptTemplate_TheEditedPromptIsSentFromTheNextQuestionOn()
    {
        var path = Path.Combine(Path.GetTempPath(), $"danvan-prompt-{Guid.NewGuid():N}.txt");
        var shipped = await File.ReadAllTextAsync(new LlmOptions().PromptTemplateFullPath);
        await File.WriteAllTextAsync(path, shipped.Replace("Bạn là trợ lý hỏi đáp", "Bạn là trợ lý của Ban Dân vận tỉnh Bình Phước, hỏi đáp", StringComparison.Ordinal));
        try
        {
            _server.OnChat = _ => FakeOpenAiReply.Text("Dân biết, dân bàn [1].");
            using var host = await HostWithMaterialsAsync(_server, s => s["Llm:PromptTemplatePath"] = path);
            var answerer = host.Get<IQuestionAnswerer>();

            await answerer.AnswerAsync(Question);
            await File.WriteAllTextAsync(path, shipped.Replace("Bạn là trợ lý hỏi đáp", "Bạn là trợ lý của Ban Dân vận tỉnh Cà Mau, hỏi đáp", StringComparison.Ordinal));
            File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddSeconds(5));
            var answer = await answerer.AnswerAsync(Question);

            Assert.StartsWith("Bạn là trợ lý của Ban Dân vận tỉnh Bình Phước, hỏi đáp", _server.ChatRequests[0].MessagesOf("system").Single(), StringComparison.Ordinal);
            Assert.StartsWith("Bạn là trợ lý của Ban Dân vận tỉnh Cà Mau, hỏi đáp", _server.ChatRequests[1].MessagesOf("system").Single(), StringComparison.Ordinal);
            Assert.Equal(AnswerOutcome.Answered, answer.Outcome);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>The answer is what extractive mode gives (same retrieval, no model), outcome included, marked as a fallback.</summary>
    private static async Task AssertExtractiveFallbackAsync(LlmTestHost host, Answer answer)
    {
        var retrieval = await host.Get<Retriever>().SearchAsync(answer.Question);
        var extractive = await host.Get<ExtractiveAnswerComposer>().ComposeAsync(answer.Question, retrieval.IsRelevant ? retrieval.Passages : []);
        Assert.Equal(LlmAnswerComposer.FallbackMode, answer.Mode);
        Assert.Equal(extractive.Text, answer.Text);
        Assert.Equal(extractive.Outcome, answer.Outcome);
    }

    [GeneratedRegex("<(?:tai_lieu|lop_hoc) id=\"(\\d+)\"")]
    private static partial Regex NumberAttribute();
}
