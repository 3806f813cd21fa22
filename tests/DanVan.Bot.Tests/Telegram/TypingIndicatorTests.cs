using DanVan.Bot.Telegram;
using DanVan.Bot.Telegram.Api;
using DanVan.Bot.Tests.TestDoubles;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace DanVan.Bot.Tests.Telegram;

public sealed class TypingIndicatorTests
{
    [Fact]
    public async Task WhileAsync_LongWork_RepeatsActionUntilDoneThenStops()
    {
        var api = new Mock<ITelegramBotApi>();
        var thirdAction = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        api.Setup(a => a.SendChatActionAsync(7, "typing", It.IsAny<CancellationToken>()))
            .Callback(() =>
            {
                if (api.Invocations.Count >= 3)
                {
                    thirdAction.TrySetResult();
                }
            })
            .Returns(Task.CompletedTask);
        var time = new AcceleratedTimeProvider(factor: 100, threshold: TimeSpan.FromSeconds(5));
        var typing = new TypingIndicator(api.Object, time, NullLogger<TypingIndicator>.Instance);

        // The work lasts until the indicator has repeated itself twice after the first action.
        var result = await typing.WhileAsync(7, "typing", async ct =>
        {
            await thirdAction.Task.WaitAsync(TimeSpan.FromSeconds(10), ct);
            return 42;
        }, CancellationToken.None);
        var countAtEnd = api.Invocations.Count;
        await Task.Delay(200);

        Assert.Equal(42, result);
        Assert.InRange(countAtEnd, 3, 4);
        Assert.Equal(countAtEnd, api.Invocations.Count);
        api.Verify(a => a.SendChatActionAsync(7, "typing", It.IsAny<CancellationToken>()), Times.Exactly(countAtEnd));
        Assert.Contains(TimeSpan.FromSeconds(4), time.RequestedDelays);
    }

    [Fact]
    public async Task WhileAsync_ActionFails_WorkStillRuns()
    {
        var api = new Mock<ITelegramBotApi>();
        api.Setup(a => a.SendChatActionAsync(It.IsAny<long>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new TelegramApiException("sendChatAction", 403, "Forbidden"));
        var typing = new TypingIndicator(api.Object, TimeProvider.System, NullLogger<TypingIndicator>.Instance);

        Assert.Equal("xong", await typing.WhileAsync(7, "typing", _ => Task.FromResult("xong"), CancellationToken.None));
    }
}
