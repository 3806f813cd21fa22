using System.Text.Json.Nodes;
using DanVan.Bot.Messaging;
using DanVan.Bot.Tests.TestDoubles;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Bot.Tests.Messaging;

public sealed class CommandsScenarioTests : BotScenarioTest
{
    private readonly RecordingBotCommand _courses = new("courses", "Xem các lớp tập huấn sắp tới", adminOnly: false);
    private readonly RecordingBotCommand _addCourse = new("addcourse", "Thêm lớp tập huấn (quản trị)", adminOnly: true);

    [Fact]
    public async Task Start_CommandMenus_PublicInDefaultScopeAllInAdminChats()
    {
        await using var bot = await StartFeatureBotAsync();
        await Server.WaitForRequestAsync("deleteWebhook");

        var menus = Server.CommandMenus;
        Assert.Equal(["start", "help", "ask", "courses"], Names(menus["default"]));
        Assert.Equal(["start", "help", "ask", "docs", "remove", "ingest", "unanswered", "stats", "coverage", "courses", "addcourse"], Names(menus[$"chat:{AdminId}"]));
        Assert.All(menus[$"chat:{AdminId}"], c => Assert.False(string.IsNullOrWhiteSpace(c!["description"]!.ToString())));
    }

    [Fact]
    public async Task FeatureCommands_DispatchedByNameWithArgumentsAndAdminCheck()
    {
        await using var bot = await StartFeatureBotAsync();

        Server.UserSaysInGroup(GroupId, UserId, "/courses@DanVanTestBot tháng 5");
        Server.UserSaysInPrivate(UserId, "/addcourse Lớp A");
        Server.UserSaysInPrivate(AdminId, "/addcourse Lớp B");
        await Server.WaitForMessagesAsync(3);

        Assert.Equal("tháng 5", Assert.Single(_courses.Calls).Arguments);
        var added = Assert.Single(_addCourse.Calls);
        Assert.Equal("Lớp B", added.Arguments);
        Assert.True(added.IsAdmin);
        Assert.Contains("chỉ dành cho quản trị viên", Server.MessagesTo(UserId)[0].PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DocsAndRemove_Admin_ListsThenRemovesDocument()
    {
        await using var bot = await StartFeatureBotAsync();
        await bot.Knowledge.IngestAsync("Tài liệu <một>\n\nđoạn"u8.ToArray(), "mot.txt", "cli");

        Server.UserSaysInPrivate(AdminId, "/docs");
        var list = (await Server.WaitForMessagesAsync(1))[0];
        Server.UserSaysInPrivate(AdminId, "/remove 1");
        Server.UserSaysInPrivate(AdminId, "/remove 1");
        Server.UserSaysInPrivate(AdminId, "/remove abc");
        var replies = await Server.WaitForMessagesAsync(4);

        Assert.Contains("#1 — Tài liệu <một> · 2 đoạn", list.PlainText, StringComparison.Ordinal);
        Assert.StartsWith("Đã xoá tài liệu #1", replies[1].PlainText, StringComparison.Ordinal);
        Assert.StartsWith("Không có tài liệu #1", replies[2].PlainText, StringComparison.Ordinal);
        Assert.StartsWith("Cách dùng: /remove", replies[3].PlainText, StringComparison.Ordinal);
        Assert.Empty(bot.Knowledge.Documents);
    }

    [Fact]
    public async Task Coverage_Admin_ShowsLoadedAndMissingRecommendedDocumentsByTopic_OthersRefused()
    {
        await using var bot = await StartBotAsync(realCore: true);
        await bot.Services.GetRequiredService<DanVan.Core.Ingestion.IKnowledgeAdmin>().IngestAsync(
            "ĐẢNG CỘNG SẢN VIỆT NAM\n\nSố: 25-NQ/TW\n\nVăn bản làm cho kiểm thử."u8.ToArray(), "nq25.txt", "test");

        Server.UserSaysInPrivate(UserId, "/coverage");
        Server.UserSaysInPrivate(AdminId, "/coverage");
        await Server.WaitForMessagesAsync(2);

        Assert.Contains("chỉ dành cho quản trị viên", Server.MessagesTo(UserId)[0].PlainText, StringComparison.Ordinal);
        var lines = Server.MessagesTo(AdminId)[0].PlainText.Split('\n');
        Assert.StartsWith("Văn bản nên nạp trước: đã có 1/", lines[0], StringComparison.Ordinal);
        Assert.Contains("Công tác dân vận của hệ thống chính trị", lines);
        Assert.Contains(lines, l => l.StartsWith("✅ Nghị quyết về tăng cường", StringComparison.Ordinal) && l.Contains("số 25-NQ/TW, 03/06/2013) — #1", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("❌ Luật Thực hiện dân chủ ở cơ sở (số 10/2022/QH15", StringComparison.Ordinal) && l.EndsWith("chưa có", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Help_ShowsAdminCommandsOnlyToAdmins_UnknownCommandGetsShortHelp()
    {
        await using var bot = await StartFeatureBotAsync();

        Server.UserSaysInPrivate(UserId, "/help");
        Server.UserSaysInPrivate(AdminId, "/help");
        Server.UserSaysInPrivate(UserId, "/khongco");
        await Server.WaitForMessagesAsync(3);

        var userHelp = Server.MessagesTo(UserId)[0].PlainText;
        Assert.Contains("/courses — Xem các lớp tập huấn sắp tới", userHelp, StringComparison.Ordinal);
        Assert.DoesNotContain("/docs", userHelp, StringComparison.Ordinal);
        Assert.Contains("/docs", Server.MessagesTo(AdminId)[0].PlainText, StringComparison.Ordinal);
        Assert.StartsWith("Tôi chưa hiểu lệnh /khongco", Server.MessagesTo(UserId)[1].PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CallbackQuery_DispatchedByPrefix_UnknownPrefixAnswered()
    {
        var handler = new RecordingCallbackHandler("course:");
        await using var bot = await StartFeatureBotAsync(s => s.AddSingleton<ICallbackHandler>(handler));

        Server.EnqueueUpdate(Callback("cb1", AdminId, "course:42"));
        var unknown = Server.EnqueueUpdate(Callback("cb2", UserId, "other:1"));
        await Server.WaitForConfirmedAsync(unknown);
        await bot.WaitForIdleAsync();

        var (query, isAdmin) = Assert.Single(handler.Calls);
        Assert.Equal("course:42", query.Data);
        Assert.True(isAdmin);
        Assert.Equal("cb2", Assert.Single(Server.RequestsFor("answerCallbackQuery")).GetString("callback_query_id"));
    }

    [Fact]
    public async Task BotAddedToGroup_GreetsWithHowToAsk()
    {
        await using var bot = await StartFeatureBotAsync();
        Server.RegisterChat(FakeBotApiServer.GroupChat(GroupId));

        Server.EnqueueUpdate(new JsonObject
        {
            ["my_chat_member"] = new JsonObject
            {
                ["chat"] = FakeBotApiServer.GroupChat(GroupId),
                ["from"] = User(AdminId),
                ["date"] = 1_700_000_000,
                ["old_chat_member"] = new JsonObject { ["status"] = "left", ["user"] = User(FakeBotApiServer.BotId) },
                ["new_chat_member"] = new JsonObject { ["status"] = "member", ["user"] = User(FakeBotApiServer.BotId) },
            },
        });
        var greeting = Assert.Single(await Server.WaitForMessagesAsync(1));

        Assert.Equal(GroupId, greeting.ChatId);
        Assert.Contains("/ask", greeting.PlainText, StringComparison.Ordinal);
    }

    private Task<BotTestHost> StartFeatureBotAsync(Action<IServiceCollection>? services = null) =>
        StartBotAsync(services: s =>
        {
            s.AddSingleton<IBotCommand>(_courses);
            s.AddSingleton<IBotCommand>(_addCourse);
            services?.Invoke(s);
        });

    private static JsonObject Callback(string id, long userId, string data) => new()
    {
        ["callback_query"] = new JsonObject { ["id"] = id, ["from"] = User(userId), ["data"] = data, ["chat_instance"] = "x" },
    };

    private static JsonObject User(long id) => new() { ["id"] = id, ["is_bot"] = id == FakeBotApiServer.BotId, ["first_name"] = "U" };

    private static List<string> Names(JsonArray menu) => menu.Select(c => c!["command"]!.ToString()).ToList();
}
