using DanVan.Bot.Courses;
using DanVan.Bot.Messaging.Delivery;
using DanVan.Bot.Tests.TestDoubles;
using DanVan.Core.Courses;
using DanVan.Core.Ingestion;
using DanVan.TestDoubles;
using Microsoft.Extensions.DependencyInjection;

using Telegram.Bot.Types.Enums;

namespace DanVan.Bot.Tests.Courses;

public sealed class TelegramSuggestionNotifierTests : CoursesTestBase
{
    private const string Announcement = "Ngày 26/11, Ban Dân vận Tỉnh ủy tổ chức lớp bồi dưỡng nghiệp vụ công tác dân vận tại Hội trường Tỉnh ủy.";

    public TelegramSuggestionNotifierTests()
        : base(new Dictionary<string, string?> { ["Bot:AdminUserIds:1"] = "8" })
    {
    }

    private static IngestedDocument Document(params string[] paragraphs) =>
        new(3, "Thông báo mở lớp", "tb.docx", new DateOnly(2026, 11, 20), null, "telegram:7", paragraphs);

    private async Task IngestAsync(IngestedDocument document)
    {
        await Task.WhenAll(Host.Services.GetServices<IIngestionObserver>().Select(o => o.OnDocumentIngestedAsync(document, CancellationToken.None)));
        await Host.Get<OutboxDispatcher>().DeliverDueAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Ingested_DocumentAnnouncingCourse_EachAdminGetsSuggestionWithButtons()
    {
        await IngestAsync(Document(Announcement));

        var suggestion = Assert.Single(await Host.Get<CourseSuggestionStore>().ListAsync());
        Assert.Equal([TestHost.AdminId, 8L], Api.Sent.Select(s => s.ChatId));
        var message = Api.Sent[0];
        Assert.Equal(ParseMode.Html, message.ParseMode);
        Assert.True(message.LinkPreviewOptions?.IsDisabled);
        Assert.Contains("Lớp bồi dưỡng nghiệp vụ công tác dân vận", message.Text);
        Assert.Contains("Thứ Năm, 26/11/2026", message.Text);
        Assert.Contains("Hội trường Tỉnh ủy", message.Text);
        var buttons = Assert.Single(message.ReplyMarkup!.InlineKeyboard);
        Assert.Equal([("✅ Xác nhận", $"sg:a:{suggestion.Id}"), ("Bỏ qua", $"sg:d:{suggestion.Id}")], buttons.Select(b => (b.Text, b.CallbackData)));
        Assert.Empty(await Courses.ListAsync());
    }

    [Fact]
    public async Task Ingested_OneAdminUnreachable_OtherStillNotified()
    {
        Api.FailSend = r => r.ChatId == TestHost.AdminId ? FakeTelegramBotClient.Error(403, "Forbidden: bot can't initiate conversation with a user") : null;

        await IngestAsync(Document(Announcement));

        Assert.Equal([8L], Api.Sent.Select(s => s.ChatId));
    }

    [Fact]
    public async Task Ingested_ManyCourses_CappedWithPointerToCli()
    {
        var paragraphs = Enumerable.Range(1, 12)
            .Select(i => $"Ngày {i}/12, Ban Dân vận tổ chức lớp tập huấn chuyên đề số {i} tại Hội trường Tỉnh ủy.")
            .ToArray();

        await IngestAsync(Document(paragraphs));

        var toFirstAdmin = Api.Sent.Where(s => s.ChatId == TestHost.AdminId).ToList();
        Assert.Equal(TelegramSuggestionNotifier.MaxMessagesPerDocument + 1, toFirstAdmin.Count);
        Assert.Contains("… và 2 gợi ý khác", toFirstAdmin[^1].Text);
    }

    [Fact]
    public async Task Ingested_NoTelegramToken_SuggestionStoredNoMessage()
    {
        using var db = new TempDatabase();
        using var host = TestHost.Build(db, Clock, Api, new Dictionary<string, string?> { ["Telegram:BotToken"] = string.Empty });

        await Task.WhenAll(host.Services.GetServices<IIngestionObserver>().Select(o => o.OnDocumentIngestedAsync(Document(Announcement), CancellationToken.None)));

        Assert.Single(await host.Get<CourseSuggestionStore>().ListAsync());
        Assert.Empty(Api.Attempts);
    }
}
