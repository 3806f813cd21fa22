using DanVan.Bot.Tests.TestDoubles;
using DanVan.Core.Courses;

namespace DanVan.Bot.Tests.Courses;

public sealed class SubscribeCommandTests : CoursesTestBase
{
    private SubscriptionStore Subscriptions => Host.Get<SubscriptionStore>();

    [Fact]
    public async Task HandleAsync_PrivateChat_SubscribedAndToldWhen()
    {
        var call = new CommandCall(string.Empty, chatId: 555, userId: 555);

        await Command("subscribe").HandleAsync(call.Context, CancellationToken.None);

        Assert.True(await Subscriptions.IsSubscribedAsync(555));
        Assert.Contains("07:00 (giờ Việt Nam)", call.Reply);
        Assert.Contains("7 ngày tới", call.Reply);
    }

    [Fact]
    public async Task HandleAsync_GroupMemberNotAdmin_RefusedWithReasonAndNotSubscribed()
    {
        var call = new CommandCall(string.Empty, chatId: -100, chatType: "supergroup", userId: 42);

        await Command("subscribe").HandleAsync(call.Context, CancellationToken.None);

        Assert.False(await Subscriptions.IsSubscribedAsync(-100));
        Assert.Contains("Chỉ quản trị viên của nhóm", call.Reply);
    }

    [Theory]
    [InlineData("administrator")]
    [InlineData("creator")]
    public async Task HandleAsync_GroupAdministrator_Subscribed(string status)
    {
        Api.MemberStatus[(-100, 42)] = status;
        var call = new CommandCall(string.Empty, chatId: -100, chatType: "group", userId: 42, chatTitle: "Chi bộ");

        await Command("subscribe").HandleAsync(call.Context, CancellationToken.None);

        var subscription = Assert.Single(await Subscriptions.ListAsync());
        Assert.Equal((-100L, "Chi bộ", (long?)42), (subscription.ChatId, subscription.ChatTitle, subscription.SubscribedBy));
        Assert.Contains("nhóm này", call.Reply);
    }

    [Fact]
    public async Task HandleAsync_BotAdminInGroup_SubscribedWithoutAskingTelegram()
    {
        Api.GetChatMemberFailure = new InvalidOperationException("must not be called");
        var call = new CommandCall(string.Empty, chatId: -100, chatType: "group", userId: TestHost.AdminId, isAdmin: true);

        await Command("subscribe").HandleAsync(call.Context, CancellationToken.None);

        Assert.True(await Subscriptions.IsSubscribedAsync(-100));
    }

    [Fact]
    public async Task HandleAsync_AnonymousGroupAdmin_Subscribed()
    {
        var call = new CommandCall(string.Empty, chatId: -100, chatType: "supergroup", userId: 1087968824);

        await Command("subscribe").HandleAsync(call.Context, CancellationToken.None);

        Assert.True(await Subscriptions.IsSubscribedAsync(-100));
    }

    [Fact]
    public async Task HandleAsync_MembershipCheckFails_AsksToRetryAndNotSubscribed()
    {
        Api.GetChatMemberFailure = FakeTelegramBotClient.Error(500, "Internal Server Error");
        var call = new CommandCall(string.Empty, chatId: -100, chatType: "group", userId: 42);

        await Command("subscribe").HandleAsync(call.Context, CancellationToken.None);

        Assert.False(await Subscriptions.IsSubscribedAsync(-100));
        Assert.Contains("thử lại", call.Reply);
    }

    [Fact]
    public async Task HandleAsync_AlreadySubscribed_SaysSo()
    {
        await Command("subscribe").HandleAsync(new CommandCall(string.Empty).Context, CancellationToken.None);
        var again = new CommandCall(string.Empty);

        await Command("subscribe").HandleAsync(again.Context, CancellationToken.None);

        Assert.Contains("đã đăng ký nhận bản tin từ trước", again.Reply);
        Assert.Single(await Subscriptions.ListAsync());
    }

    [Fact]
    public async Task HandleAsync_Unsubscribe_GroupMemberRefusedAdminAllowed()
    {
        await Subscriptions.SubscribeAsync(-100, "Nhóm", 1);
        var member = new CommandCall(string.Empty, chatId: -100, chatType: "group", userId: 42);
        await Command("unsubscribe").HandleAsync(member.Context, CancellationToken.None);
        Assert.True(await Subscriptions.IsSubscribedAsync(-100));
        Assert.Contains("Chỉ quản trị viên của nhóm", member.Reply);

        Api.MemberStatus[(-100, 43)] = "administrator";
        var admin = new CommandCall(string.Empty, chatId: -100, chatType: "group", userId: 43);
        await Command("unsubscribe").HandleAsync(admin.Context, CancellationToken.None);

        Assert.False(await Subscriptions.IsSubscribedAsync(-100));
        Assert.Contains("Đã hủy đăng ký", admin.Reply);
    }

    [Fact]
    public async Task HandleAsync_UnsubscribeWhenNotSubscribed_SaysSo()
    {
        var call = new CommandCall(string.Empty);

        await Command("unsubscribe").HandleAsync(call.Context, CancellationToken.None);

        Assert.Contains("chưa đăng ký", call.Reply);
    }
}
