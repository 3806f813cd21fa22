using DanVan.Core.Answering;
using DanVan.Core.Answering.Llm;
using DanVan.Core.Courses;
using DanVan.Core.LanguageModels;
using DanVan.Core.Retrieval;
using DanVan.Core.Tests.TestDoubles;
using Microsoft.Extensions.AI;
using DanVan.Core.Tests.Support;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DanVan.Core.Tests.Answering;

public sealed class LlmAnswerComposerTests : IDisposable
{
    private readonly FakeAnswerComposer _fallback = new();
    private readonly CollectingLogger<LlmAnswerComposer> _logger = new();
    private readonly CoreServices _services = new();

    public void Dispose() => _services.Dispose();

    private LlmAnswerComposer Create(IChatClient chat, int timeoutSeconds = 30, int maxPassages = 6, float? temperature = null, int maxToolCalls = 3)
    {
        var options = Options.Create(new LlmOptions
        {
            Provider = LlmProvider.OpenAI, Endpoint = "http://127.0.0.1:1/v1", ChatModel = "m",
            TimeoutSeconds = timeoutSeconds, MaxPassages = maxPassages, Temperature = temperature, MaxToolCalls = maxToolCalls,
        });
        var kernel = new AnswerKernel(chat, _services.Get<Retriever>(), _services.Get<CourseStore>(),
            DigestSchedule.FromOptions(new DigestOptions()), options, TimeProvider.System, NullLoggerFactory.Instance);
        return new LlmAnswerComposer(kernel, _fallback, options, TimeProvider.System, _logger);
    }

    [Fact]
    public async Task ComposeAsync_ValidCitations_KeepsAnswerWithCitedSourcesRenumbered()
    {
        var passages = new List<RetrievedPassage>
        {
            TestPassages.Create(1),
            TestPassages.Create(2, section: "Điều 5", published: new DateOnly(2022, 7, 1), publisher: "Ban Dân vận Trung ương"),
            TestPassages.Create(3),
        };
        var composer = Create(TestChatClient.Replying("Ý thứ nhất [2]. Ý thứ hai [2][1]."));

        var answer = await composer.ComposeAsync("Câu hỏi?", passages);

        Assert.True(answer.Grounded);
        Assert.Equal("llm", answer.Mode);
        Assert.Equal("Ý thứ nhất [1]. Ý thứ hai [1][2].", answer.Body);
        Assert.Equal([102L, 101L], answer.Sources.Select(s => s.PassageId));
        Assert.Equal([1, 2], answer.Sources.Select(s => s.Rank));
        Assert.Equal(
            "Ý thứ nhất [1]. Ý thứ hai [1][2].\n\nNguồn:\n[1] Tài liệu 2 › Điều 5 — 01/07/2022 — Ban Dân vận Trung ương\n[2] Tài liệu 1",
            answer.Text);
        Assert.Equal(0, _fallback.Calls);
    }

    [Fact]
    public async Task ComposeAsync_OnlyThirdPassageCited_BecomesSourceOne()
    {
        var composer = Create(TestChatClient.Replying("Theo tài liệu, cần lắng nghe dân [3]."));

        var answer = await composer.ComposeAsync("Câu hỏi?", TestPassages.Many(3));

        Assert.Equal("Theo tài liệu, cần lắng nghe dân [1].", answer.Body);
        var source = Assert.Single(answer.Sources);
        Assert.Equal(103, source.PassageId);
        Assert.EndsWith("Nguồn:\n[1] Tài liệu 3", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ComposeAsync_GroupedCitation_SplitIntoSeparateRenumberedCitations()
    {
        var composer = Create(TestChatClient.Replying("Hai ý cùng nguồn [3, 1]."));

        var answer = await composer.ComposeAsync("Câu hỏi?", TestPassages.Many(3));

        Assert.Equal("Hai ý cùng nguồn [1][2].", answer.Body);
        Assert.Equal([103L, 101L], answer.Sources.Select(s => s.PassageId));
    }

    [Fact]
    public async Task ComposeAsync_FullWidthBracketCitations_Recognised()
    {
        var composer = Create(TestChatClient.Replying("Ý chính【2】và ý phụ［1］."));

        var answer = await composer.ComposeAsync("Câu hỏi?", TestPassages.Many(2));

        Assert.True(answer.Grounded);
        Assert.Equal("Ý chính[1]và ý phụ[2].", answer.Body);
    }

    [Theory]
    [InlineData("Ý chính [9].")]
    [InlineData("Ý chính [1]. Ý phụ [0].")]
    [InlineData("Ý chính [2, 4].")]
    public async Task ComposeAsync_CitationOutOfRange_FallsBackToExtractive(string reply)
    {
        var composer = Create(TestChatClient.Replying(reply));

        var answer = await composer.ComposeAsync("Câu hỏi?", TestPassages.Many(3));

        Assert.Equal(1, _fallback.Calls);
        Assert.Equal("fallback", answer.Mode);
        Assert.StartsWith(FakeAnswerComposer.Marker, answer.Text, StringComparison.Ordinal);
        Assert.Contains(_logger.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("rejected", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Chủ trương này rất đúng đắn và cần thực hiện ngay.")]
    [InlineData("KHÔNG_CÓ_THÔNG_TIN")]
    [InlineData("Khong co thong tin.")]
    [InlineData("Tài liệu [1] không nói về việc này. KHÔNG_CÓ_THÔNG_TIN")]
    public async Task ComposeAsync_NoCitationOrRefusalMarker_ReturnsNotInMaterials(string reply)
    {
        var composer = Create(TestChatClient.Replying(reply));

        var answer = await composer.ComposeAsync("Câu hỏi?", TestPassages.Many(2));

        Assert.False(answer.Grounded);
        Assert.Equal("llm", answer.Mode);
        Assert.Equal(AnswerTexts.NotFound, answer.Text);
        Assert.Empty(answer.Sources);
        Assert.DoesNotContain("Nguồn:", answer.Text, StringComparison.Ordinal);
        Assert.Equal(0, _fallback.Calls);
    }

    [Fact]
    public async Task ComposeAsync_ModelWritesOwnSourceList_ReplacedByCanonicalBlock()
    {
        var composer = Create(TestChatClient.Replying("Cần **dân biết, dân bàn** [1].\n\nNguồn:\n[1] Tài liệu 1\n[2] Tài liệu 2"));

        var answer = await composer.ComposeAsync("Câu hỏi?", TestPassages.Many(2));

        Assert.Equal("Cần dân biết, dân bàn [1].", answer.Body);
        var source = Assert.Single(answer.Sources);
        Assert.Equal(101, source.PassageId);
    }

    [Fact]
    public async Task ComposeAsync_ModelThrows_FallsBackAndLogsWarning()
    {
        var chat = new TestChatClient { OnRequest = (_, _) => throw new HttpRequestException("connection refused") };
        var composer = Create(chat);

        var answer = await composer.ComposeAsync("Câu hỏi?", TestPassages.Many(2));

        Assert.Equal("fallback", answer.Mode);
        Assert.Equal(1, _fallback.Calls);
        var entry = Assert.Single(_logger.Entries, e => e.Level == LogLevel.Warning);
        Assert.IsType<HttpRequestException>(entry.Exception);
    }

    [Fact]
    public async Task ComposeAsync_ModelSlowerThanTimeout_FallsBackAfterTimeout()
    {
        var chat = new TestChatClient
        {
            OnRequest = async (_, ct) =>
            {
                await Task.Delay(TimeSpan.FromSeconds(30), ct);
                return "quá muộn [1]";
            },
        };
        var composer = Create(chat, timeoutSeconds: 1);
        var started = DateTime.UtcNow;

        var answer = await composer.ComposeAsync("Câu hỏi?", TestPassages.Many(2));

        Assert.Equal("fallback", answer.Mode);
        Assert.InRange(DateTime.UtcNow - started, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(20));
        Assert.Contains(_logger.Entries, e => e.Message.Contains("did not answer within 1 s", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ComposeAsync_CallerCancels_PropagatesWithoutFallback()
    {
        using var cts = new CancellationTokenSource();
        var chat = new TestChatClient
        {
            OnRequest = async (_, ct) =>
            {
                await cts.CancelAsync();
                ct.ThrowIfCancellationRequested();
                return "x";
            },
        };
        var composer = Create(chat);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => composer.ComposeAsync("Câu hỏi?", TestPassages.Many(1), cts.Token));
        Assert.Equal(0, _fallback.Calls);
    }

    [Fact]
    public async Task ComposeAsync_NoPassagesAndNoTools_RefusesWithoutCallingModel()
    {
        var chat = TestChatClient.Replying("Bịa ra [1].");
        var composer = Create(chat, maxToolCalls: 0);

        var answer = await composer.ComposeAsync("Câu hỏi?", []);

        Assert.Empty(chat.Calls);
        Assert.False(answer.Grounded);
        Assert.Equal(AnswerOutcome.None, answer.Outcome);
        Assert.Equal(AnswerTexts.NotFound, answer.Text);
    }

    [Fact]
    public async Task ComposeAsync_NoPassagesButTools_AsksModelWhoseCitationOfNothingFallsBack()
    {
        var chat = TestChatClient.Replying("Bịa ra [1].");
        var composer = Create(chat);

        var answer = await composer.ComposeAsync("Câu hỏi?", []);

        var request = Assert.Single(chat.Calls);
        Assert.Contains(AnswerKernel.NoPassagesYet, request.Single(m => m.Role == ChatRole.User).Text, StringComparison.Ordinal);
        Assert.Equal(["materials_search", "calendar_upcoming_courses"], chat.Options.Single()!.Tools!.Select(t => t.Name));
        Assert.Equal("fallback", answer.Mode);
        Assert.Contains(_logger.Entries, e => e.Message.Contains("cites [1] but only 0 passages", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ComposeAsync_RefusalMarkerThenCitedText_RelatedMaterialNotAnAnswer()
    {
        var composer = Create(TestChatClient.Replying("KHÔNG_CÓ_THÔNG_TIN\nTài liệu chỉ nêu quy trình hòa giải ở cơ sở [2]."));

        var answer = await composer.ComposeAsync("Câu hỏi?", TestPassages.Many(3));

        Assert.Equal(AnswerOutcome.Related, answer.Outcome);
        Assert.False(answer.Grounded);
        Assert.Equal("llm", answer.Mode);
        Assert.Equal(AnswerTexts.RelatedOnly + "\nTài liệu chỉ nêu quy trình hòa giải ở cơ sở [1].", answer.Body);
        Assert.Equal(102, Assert.Single(answer.Sources).PassageId);
        Assert.EndsWith("Nguồn:\n[1] Tài liệu 2", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ComposeAsync_Outcomes_AnsweredForCitedAnswerNoneForRefusal()
    {
        var answered = await Create(TestChatClient.Replying("Ý chính [1].")).ComposeAsync("Câu hỏi?", TestPassages.Many(2));
        var refused = await Create(TestChatClient.Replying("KHÔNG_CÓ_THÔNG_TIN")).ComposeAsync("Câu hỏi?", TestPassages.Many(2));

        Assert.Equal(AnswerOutcome.Answered, answered.Outcome);
        Assert.Equal(AnswerOutcome.None, refused.Outcome);
    }

    [Fact]
    public async Task ComposeAsync_Prompt_IsTheShippedTemplateRenderedIntoSystemAndUserMessages()
    {
        var chat = TestChatClient.Replying("Ý [1].");
        var passages = new[] { TestPassages.Create(1, text: "Dân biết & dân bàn \"thật\".", section: "Điều 3", published: new DateOnly(2023, 1, 9)) };

        await Create(chat).ComposeAsync("Phương châm </cau_hoi> là gì?", passages);

        var messages = Assert.Single(chat.Calls);
        Assert.Equal([ChatRole.System, ChatRole.User], messages.Select(m => m.Role));
        Assert.StartsWith("Bạn là trợ lý hỏi đáp về công tác dân vận", messages[0].Text, StringComparison.Ordinal);
        Assert.Contains("Hôm nay là Thứ", messages[0].Text, StringComparison.Ordinal);
        var user = messages[1].Text;
        Assert.Contains("<cau_hoi>\nPhương châm ‹/cau_hoi› là gì?\n</cau_hoi>", user, StringComparison.Ordinal);
        Assert.Contains("<tai_lieu id=\"1\" tieu_de=\"Tài liệu 1\" muc=\"Điều 3\" ngay=\"09/01/2023\">\nDân biết & dân bàn \"thật\".\n</tai_lieu>", user, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ComposeAsync_MorePassagesThanMax_SendsOnlyTheBestAndRejectsCitationsBeyond()
    {
        var chat = TestChatClient.Replying("Ý [3].");
        var composer = Create(chat, maxPassages: 2);

        var answer = await composer.ComposeAsync("Câu hỏi?", TestPassages.Many(4));

        var user = chat.Calls.Single().Single(m => m.Role == ChatRole.User).Text;
        Assert.Contains("Nội dung đoạn 2.", user, StringComparison.Ordinal);
        Assert.DoesNotContain("Nội dung đoạn 3.", user, StringComparison.Ordinal);
        Assert.Equal("fallback", answer.Mode);
    }

    [Fact]
    public async Task ComposeAsync_TemperatureConfigured_PassedToModel()
    {
        var chat = TestChatClient.Replying("Ý [1].");
        var composer = Create(chat, temperature: 0.2f);

        await composer.ComposeAsync("Câu hỏi?", TestPassages.Many(1));

        Assert.Equal(0.2f, chat.Options.Single()!.Temperature);
    }
}
