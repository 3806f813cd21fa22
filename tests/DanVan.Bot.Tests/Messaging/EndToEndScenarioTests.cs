using System.Text;
using DanVan.Core.Ingestion;
using Microsoft.Extensions.DependencyInjection;

using DanVan.Bot.Tests.TestDoubles;

namespace DanVan.Bot.Tests.Messaging;

/// <summary>
/// The whole product over HTTP: the real answering core and ingestion pipeline on a real SQLite file with the bundled
/// knowledge, the bot talking to the fake Bot API server. No fakes between the update and the reply.
/// </summary>
public sealed class EndToEndScenarioTests : BotScenarioTest
{
    private async Task<BotTestHost> StartWithKnowledgeAsync()
    {
        var bot = await StartBotAsync(configure: s => s["Knowledge:Path"] = RepoPaths.Knowledge, realCore: true);
        await bot.Services.GetRequiredService<KnowledgeSync>().SyncAsync();
        return bot;
    }

    [Fact]
    public async Task PrivateQuestion_AnsweredFromKnowledgeWithCitationsAndSources()
    {
        await using var bot = await StartWithKnowledgeAsync();

        var question = Server.UserSaysInPrivate(UserId, "Năm 2016 Bình Phước tập huấn cho bao nhiêu cán bộ dân vận?");
        var reply = Assert.Single(await Server.WaitForMessagesAsync(1));

        Assert.Equal(question.MessageId, reply.ReplyToMessageId);
        Assert.Contains("800 cán bộ", reply.PlainText, StringComparison.Ordinal);
        Assert.Contains("[1]", reply.PlainText, StringComparison.Ordinal);
        Assert.Contains("Nguồn:", reply.PlainText, StringComparison.Ordinal);
        Assert.Contains("baobinhphuoc.com.vn", reply.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GroupQuestionWithoutDiacritics_AnsweredAndOffTopicDeclined()
    {
        await using var bot = await StartWithKnowledgeAsync();

        Server.UserSaysInGroup(GroupId, UserId, "/ask lop tap huan o ha nam nam 2022 co ai chi dao");
        Server.UserSaysInGroup(GroupId, UserId, "/ask giá vàng hôm nay bao nhiêu?");
        var replies = await Server.WaitForMessagesAsync(2);

        Assert.Contains("Đinh Thị Lụa", replies[0].PlainText, StringComparison.Ordinal);
        Assert.DoesNotContain("Nguồn:", replies[1].PlainText, StringComparison.Ordinal);
        Assert.Contains("chưa có thông tin", replies[1].PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminUpload_ThenQuestion_AnsweredFromTheNewDocument()
    {
        await using var bot = await StartWithKnowledgeAsync();
        var document = Encoding.UTF8.GetBytes(
            "Quy chế tiếp dân của xã Hòa Bình Xanh\n\nĐiều 3. Lịch tiếp dân\n\nChủ tịch Ủy ban nhân dân xã tiếp công dân vào sáng thứ Tư hằng tuần tại hội trường xã.\n");
        Server.UserSendsDocument(AdminId, "private", AdminId, Server.AddFile(document, "txt"), "quy-che-tiep-dan.txt");
        var added = Assert.Single(await Server.WaitForMessagesAsync(1));
        Assert.Contains("quy-che-tiep-dan.txt", added.PlainText, StringComparison.Ordinal);

        Server.UserSaysInPrivate(UserId, "chu tich ubnd xa hoa binh xanh tiep cong dan vao ngay nao");
        var answer = (await Server.WaitForMessagesAsync(2))[1];

        Assert.Contains("sáng thứ Tư hằng tuần", answer.PlainText, StringComparison.Ordinal);
        Assert.Contains("Điều 3", answer.PlainText, StringComparison.Ordinal);
    }
}
