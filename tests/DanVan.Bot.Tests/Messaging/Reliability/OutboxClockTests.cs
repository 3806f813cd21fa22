using DanVan.Bot.Messaging.State;
using DanVan.Bot.Messaging;
using DanVan.Bot.Messaging.Delivery;
using DanVan.Bot.Messaging.Replies;
using DanVan.Bot.Tests.Courses;
using DanVan.Bot.Tests.TestDoubles;

namespace DanVan.Bot.Tests.Messaging.Reliability;

/// <summary>The outbox on a fake clock: retry_after honoured however long, the age limit, and the follow-up recorded with the send.</summary>
public sealed class OutboxClockTests : CoursesTestBase
{
    private const long Chat = 555;

    [Fact]
    public async Task RetryAfter900Seconds_NotSentBeforeThenSentOnce()
    {
        var calls = 0;
        Api.FailSend = _ => ++calls == 1 ? FakeTelegramBotClient.Error(429, "Too Many Requests: retry after 900", retryAfter: 900) : null;
        await QueueAsync("Trả lời");

        await DeliverAsync();
        Clock.Advance(TimeSpan.FromSeconds(895));
        await DeliverAsync();
        var before = Api.Sent.Count;
        Clock.Advance(TimeSpan.FromSeconds(10));
        await DeliverAsync();

        Assert.Equal(0, before);
        Assert.Equal("Trả lời", Assert.Single(Api.Sent).Text);
        Assert.Equal(2, Api.Attempts.Count);
    }

    [Fact]
    public async Task OlderThanTheAgeLimit_ExpiredNotSent()
    {
        Api.FailSend = _ => FakeTelegramBotClient.Error(502, "Bad Gateway");
        await QueueAsync("Trả lời cũ");
        await DeliverAsync();

        Api.FailSend = null;
        Clock.Advance(TimeSpan.FromHours(25));
        await DeliverAsync();

        Assert.Single(Api.Attempts);
        Assert.Empty(Api.Sent);
        Assert.Equal(0, (await Host.Get<OutboxStore>().GetBacklogAsync(CancellationToken.None)).Count);
    }

    [Fact]
    public async Task AnswerWithFollowUp_MessageIdRememberedWithTheSend()
    {
        await Host.Get<ReplySender>().SendHtmlAsync(Chat, "Câu trả lời", 7, null, CancellationToken.None, followUpQuestion: "Dân vận là gì?");
        await DeliverAsync();

        var sent = Assert.Single(Api.Sent);
        Assert.Equal(7, sent.ReplyTo);
        Assert.True(sent.LinkPreviewOptions!.IsDisabled);
        Assert.Equal("Dân vận là gì?", await Host.Get<FollowUpStore>().FindQuestionAsync(Chat, 1001, CancellationToken.None));
    }

    private Task QueueAsync(string text) =>
        Host.Get<ReplySender>().QueueAsync(new OutboxMessage(Chat, text, null, null, null, null), CancellationToken.None);

    private Task DeliverAsync() => Host.Get<OutboxDispatcher>().DeliverDueAsync(CancellationToken.None);
}
