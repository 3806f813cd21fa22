using DanVan.Core.Answering;
using DanVan.Core.LanguageModels;
using DanVan.Core.Tests.TestDoubles;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DanVan.Core.Tests.Answering;

public sealed class LlmQuestionCondenserTests
{
    private const string Previous = "Lớp bồi dưỡng kỹ năng dân vận tổ chức ở Hà Nội khi nào?";
    private const string FollowUp = "Thế còn ở Đà Nẵng?";

    private readonly CollectingLogger<LlmQuestionCondenser> _logger = new();

    private LlmQuestionCondenser Create(IChatClient chat, int timeoutSeconds = 30) =>
        new(chat, Options.Create(new LlmOptions { Provider = LlmProvider.OpenAI, Endpoint = "http://x/v1", ChatModel = "m", TimeoutSeconds = timeoutSeconds }),
            TimeProvider.System, _logger);

    [Fact]
    public async Task CondenseAsync_ModelRewrites_ReturnsCleanedStandaloneQuestion()
    {
        var chat = TestChatClient.Replying("Câu hỏi: \"Lớp bồi dưỡng kỹ năng dân vận tổ chức ở Đà Nẵng khi nào?\"\nGiải thích: thay địa danh.");

        var condensed = await Create(chat).CondenseAsync(FollowUp, Previous);

        Assert.Equal("Lớp bồi dưỡng kỹ năng dân vận tổ chức ở Đà Nẵng khi nào?", condensed);
        var user = chat.Calls.Single().Single(m => m.Role == ChatRole.User).Text;
        Assert.Contains("<cau_hoi_truoc>\n" + Previous + "\n</cau_hoi_truoc>", user, StringComparison.Ordinal);
        Assert.Contains("<cau_hoi_tiep_noi>\n" + FollowUp + "\n</cau_hoi_tiep_noi>", user, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CondenseAsync_NoPreviousQuestion_ModelNotCalled()
    {
        var chat = TestChatClient.Replying("không dùng");

        Assert.Equal(FollowUp, await Create(chat).CondenseAsync(FollowUp, null));
        Assert.Empty(chat.Calls);
    }

    [Fact]
    public async Task CondenseAsync_ModelFails_FallsBackToKeywordCarry()
    {
        var chat = new TestChatClient { OnRequest = (_, _) => throw new HttpRequestException("500") };

        var condensed = await Create(chat).CondenseAsync(FollowUp, Previous);

        Assert.Equal(KeywordQuestionCondenser.Condense(FollowUp, Previous), condensed);
        Assert.Contains("kỹ năng dân vận", condensed, StringComparison.Ordinal);
        Assert.Contains(_logger.Entries, e => e.Level == LogLevel.Warning && e.Exception is HttpRequestException);
    }

    [Theory]
    [InlineData("")]
    [InlineData("KHÔNG_CÓ_THÔNG_TIN")]
    [InlineData("<cau_hoi_tiep_noi>")]
    public async Task CondenseAsync_UnusableReply_FallsBackToKeywordCarry(string reply)
    {
        var condensed = await Create(TestChatClient.Replying(reply)).CondenseAsync(FollowUp, Previous);

        Assert.Equal(KeywordQuestionCondenser.Condense(FollowUp, Previous), condensed);
    }

    [Fact]
    public async Task CondenseAsync_ModelTooSlow_FallsBackWithinTimeout()
    {
        var chat = new TestChatClient
        {
            OnRequest = async (_, ct) =>
            {
                await Task.Delay(TimeSpan.FromSeconds(30), ct);
                return "x";
            },
        };
        var started = DateTime.UtcNow;

        var condensed = await Create(chat, timeoutSeconds: 1).CondenseAsync(FollowUp, Previous);

        Assert.Equal(KeywordQuestionCondenser.Condense(FollowUp, Previous), condensed);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(10));
    }
}
