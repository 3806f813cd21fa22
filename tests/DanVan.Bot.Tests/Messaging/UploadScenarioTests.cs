using System.Text;
using DanVan.Bot.Tests.TestDoubles;

namespace DanVan.Bot.Tests.Messaging;

public sealed class UploadScenarioTests : BotScenarioTest
{
    private static readonly byte[] Guide = Encoding.UTF8.GetBytes("Hướng dẫn dân vận khéo\n\nĐoạn một về gần dân.\n\nĐoạn hai về hiểu dân.");

    [Fact]
    public async Task AdminPrivateDocument_IngestedAndReplyNamesFileAndPassages()
    {
        await using var bot = await StartBotAsync();
        var fileId = Server.AddFile(Guide, "txt");

        var upload = Server.UserSendsDocument(AdminId, "private", AdminId, fileId, "huong-dan.txt");
        var reply = Assert.Single(await Server.WaitForMessagesAsync(1));

        Assert.Equal(upload.MessageId, reply.ReplyToMessageId);
        Assert.Contains("huong-dan.txt", reply.PlainText, StringComparison.Ordinal);
        Assert.Contains("3 đoạn đã được lập chỉ mục", reply.PlainText, StringComparison.Ordinal);
        Assert.Equal(("huong-dan.txt", $"telegram:{AdminId}", Guide.Length), Assert.Single(bot.Knowledge.IngestCalls));
        Assert.Single(Server.RequestsFor("getFile"));
        Assert.Single(Server.RequestsFor("file"));
        Assert.Contains(Server.RequestsFor("sendChatAction"), r => r.GetString("action") == "upload_document");
    }

    [Fact]
    public async Task GroupDocument_IngestCaptionFromAdminIngested_OthersIgnored()
    {
        await using var bot = await StartBotAsync();
        var fileId = Server.AddFile(Guide, "txt");

        Server.UserSendsDocument(GroupId, "supergroup", AdminId, fileId, "bien-ban.txt");
        Server.UserSendsDocument(GroupId, "supergroup", AdminId, fileId, "bien-ban.txt", caption: "/ingest@OtherBot");
        var captioned = Server.UserSendsDocument(GroupId, "supergroup", AdminId, fileId, "bien-ban.txt", caption: "/ingest");
        await Server.WaitForConfirmedAsync(captioned.UpdateId);
        await bot.WaitForIdleAsync();

        var reply = Assert.Single(Server.SentMessages);
        Assert.Equal(captioned.MessageId, reply.ReplyToMessageId);
        Assert.Single(bot.Knowledge.IngestCalls);
    }

    [Fact]
    public async Task NonAdminDocument_PoliteRefusalAndNothingDownloadedOrStored()
    {
        await using var bot = await StartBotAsync();
        var fileId = Server.AddFile(Guide, "txt");

        Server.UserSendsDocument(UserId, "private", UserId, fileId, "tai-lieu.txt");
        var reply = Assert.Single(await Server.WaitForMessagesAsync(1));

        Assert.Contains("chỉ quản trị viên", reply.PlainText, StringComparison.Ordinal);
        Assert.Empty(Server.RequestsFor("getFile"));
        Assert.Empty(bot.Knowledge.IngestCalls);
        Assert.Empty(bot.Knowledge.Documents);
    }

    [Fact]
    public async Task CorruptDocument_ClearErrorAndIndexUnchanged()
    {
        await using var bot = await StartBotAsync();
        Server.UserSendsDocument(AdminId, "private", AdminId, Server.AddFile(Guide, "txt"), "tot.txt");
        await Server.WaitForMessagesAsync(1);
        var before = bot.Knowledge.Documents;

        Server.UserSendsDocument(AdminId, "private", AdminId, Server.AddFile([0xFF, 0xFE, 0x00, 0xD8, 0x41], "docx"), "hong.docx");
        var reply = (await Server.WaitForMessagesAsync(2))[1];

        Assert.StartsWith("Không thể thêm tệp «hong.docx»: tệp bị hỏng", reply.PlainText, StringComparison.Ordinal);
        Assert.Contains("Kho tài liệu vẫn giữ nguyên", reply.PlainText, StringComparison.Ordinal);
        Assert.Equal(before, bot.Knowledge.Documents);
    }

    [Fact]
    public async Task DocumentOver20MB_RefusedBeforeDownload()
    {
        await using var bot = await StartBotAsync();
        var fileId = Server.AddFile(Guide, "pdf", declaredSize: 25L * 1024 * 1024);

        Server.UserSendsDocument(AdminId, "private", AdminId, fileId, "ky-yeu.pdf");
        var reply = Assert.Single(await Server.WaitForMessagesAsync(1));

        Assert.Contains("«ky-yeu.pdf» (25 MB) vượt quá giới hạn 20 MB", reply.PlainText, StringComparison.Ordinal);
        Assert.Empty(Server.RequestsFor("getFile"));
        Assert.Empty(bot.Knowledge.IngestCalls);
    }

    [Fact]
    public async Task DocumentOverIngestionMaxFileBytes_RefusedEvenWhenSizeIsUnderstated()
    {
        await using var bot = await StartBotAsync(s => s["Ingestion:MaxFileBytes"] = "100");
        var declaredTooBig = Server.AddFile(new byte[500], "txt");
        var understated = Server.AddFile(new byte[500], "txt", declaredSize: 50);

        Server.UserSendsDocument(AdminId, "private", AdminId, declaredTooBig, "lon.txt");
        Server.UserSendsDocument(AdminId, "private", AdminId, understated, "noi-doi.txt");
        var replies = await Server.WaitForMessagesAsync(2);

        Assert.All(replies, r => Assert.Contains("vượt quá giới hạn", r.PlainText, StringComparison.Ordinal));
        Assert.Single(Server.RequestsFor("getFile"));
        Assert.Empty(bot.Knowledge.IngestCalls);
    }
}
