using DanVan.Bot.Messaging.Handling;
using DanVan.Bot.Messaging;
using DanVan.Bot.Tests.TestDoubles;
using Microsoft.Extensions.Logging.Abstractions;
using Telegram.Bot.Types.Enums;

namespace DanVan.Bot.Tests.Messaging.Handling;

public sealed class TypingIndicatorTests
{
    [Fact]
    public async Task WhileAsync_LongWork_RepeatsActionUntilDoneThenStops()
    {
        var bot = new FakeTelegramBotClient();
        var thirdAction = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        bot.FailChatAction = _ =>
        {
            if (bot.ChatActions.Count >= 3)
            {
                thirdAction.TrySetResult();
            }

            return null;
        };
        var time = new AcceleratedTimeProvider(factor: 100, threshold: TimeSpan.FromSeconds(5));
        var typing = new TypingIndicator(bot, time, NullLogger<TypingIndicator>.Instance);

        // The work lasts until the indicator has repeated itself twice after the first action.
        var result = await typing.WhileAsync(7, ChatAction.Typing, async ct =>
        {
            await thirdAction.Task.WaitAsync(TimeSpan.FromSeconds(10), ct);
            return 42;
        }, CancellationToken.None);
        var countAtEnd = bot.ChatActions.Count;
        await Task.Delay(200);

        Assert.Equal(42, result);
        Assert.InRange(countAtEnd, 3, 4);
        Assert.Equal(countAtEnd, bot.ChatActions.Count);
        Assert.All(bot.ChatActions, a => Assert.Equal((7L, ChatAction.Typing), a));
        Assert.Contains(TimeSpan.FromSeconds(4), time.RequestedDelays);
    }

    [Fact]
    public async Task WhileAsync_ActionFails_WorkStillRuns()
    {
        var bot = new FakeTelegramBotClient { FailChatAction = _ => FakeTelegramBotClient.Error(403, "Forbidden: bot was blocked by the user") };
        var typing = new TypingIndicator(bot, TimeProvider.System, NullLogger<TypingIndicator>.Instance);

        Assert.Equal("xong", await typing.WhileAsync(7, ChatAction.Typing, _ => Task.FromResult("xong"), CancellationToken.None));
        Assert.Single(bot.ChatActions);
    }
}
