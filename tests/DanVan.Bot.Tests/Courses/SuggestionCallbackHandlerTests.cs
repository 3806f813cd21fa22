using DanVan.Bot.Messaging;
using DanVan.Bot.Tests.TestDoubles;
using DanVan.Core.Courses;
using Microsoft.Extensions.DependencyInjection;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace DanVan.Bot.Tests.Courses;

public sealed class SuggestionCallbackHandlerTests : CoursesTestBase
{
    private ICallbackHandler Handler => Host.Services.GetServices<ICallbackHandler>().Single(h => h.Prefix == "sg:");

    private CourseSuggestionStore Suggestions => Host.Get<CourseSuggestionStore>();

    private async Task<CourseSuggestion> SuggestAsync() =>
        (await Suggestions.AddAsync(3, "Thông báo <mở lớp>", new CourseCandidate("Lớp bồi dưỡng nghiệp vụ", Today.AddDays(2), Today.AddDays(4),
            false, "…", "Hội trường", null, null, "Ngày 26/11, Ban Dân vận tổ chức lớp bồi dưỡng nghiệp vụ.")))!;

    private static CallbackQuery Press(string data, long userId = TestHost.AdminId) =>
        new()
        {
            Id = "cb1",
            From = new User { Id = userId, FirstName = "Lan" },
            Message = new Message { Id = 77, Chat = new Chat { Id = userId, Type = ChatType.Private }, Text = "…" },
            Data = data,
        };

    [Fact]
    public async Task HandleAsync_AdminAccepts_CourseCreatedAnsweredAndMessageEditedWithoutButtons()
    {
        var suggestion = await SuggestAsync();

        await Handler.HandleAsync(Press($"sg:a:{suggestion.Id}"), isAdmin: true, CancellationToken.None);

        var course = Assert.Single(await Courses.ListAsync());
        Assert.Equal(("cb1", $"Đã đưa vào lịch: lớp học #{course.Id}."), Assert.Single(Api.CallbackAnswers));
        var edit = Assert.Single(Api.Edits);
        Assert.Equal((TestHost.AdminId, 77, ParseMode.Html, (InlineKeyboardMarkup?)null), (edit.ChatId, edit.MessageId, edit.ParseMode, edit.ReplyMarkup));
        Assert.Contains($"Đã xác nhận — lớp học #{course.Id}", edit.Text);
        Assert.Contains("Thông báo &lt;mở lớp&gt;", edit.Text);
    }

    [Fact]
    public async Task HandleAsync_AdminDismisses_NoCourseAndMessageSaysSo()
    {
        var suggestion = await SuggestAsync();

        await Handler.HandleAsync(Press($"sg:d:{suggestion.Id}"), isAdmin: true, CancellationToken.None);

        Assert.Empty(await Courses.ListAsync());
        Assert.Equal(SuggestionStatus.Dismissed, (await Suggestions.GetAsync(suggestion.Id))!.Status);
        Assert.Contains("Đã bỏ qua", Assert.Single(Api.Edits).Text);
    }

    [Fact]
    public async Task HandleAsync_NotBotAdmin_RefusedAndNothingChanges()
    {
        var suggestion = await SuggestAsync();

        await Handler.HandleAsync(Press($"sg:a:{suggestion.Id}", userId: 42), isAdmin: false, CancellationToken.None);

        Assert.Empty(await Courses.ListAsync());
        Assert.Equal(SuggestionStatus.Pending, (await Suggestions.GetAsync(suggestion.Id))!.Status);
        Assert.Contains("Chỉ quản trị viên", Assert.Single(Api.CallbackAnswers).Text);
        Assert.Empty(Api.Edits);
    }

    [Fact]
    public async Task HandleAsync_SecondAdminPressesAfterFirst_TellsAlreadyDecidedAndNoSecondCourse()
    {
        var suggestion = await SuggestAsync();
        await Handler.HandleAsync(Press($"sg:a:{suggestion.Id}"), isAdmin: true, CancellationToken.None);

        await Handler.HandleAsync(Press($"sg:d:{suggestion.Id}", userId: 8), isAdmin: true, CancellationToken.None);

        Assert.Single(await Courses.ListAsync());
        Assert.Equal("Gợi ý này đã được xử lý trước đó.", Api.CallbackAnswers[1].Text);
        Assert.Contains("Đã xác nhận", Api.Edits[1].Text);
    }

    [Theory]
    [InlineData("sg:x:1")]
    [InlineData("sg:a:abc")]
    [InlineData("sg:a")]
    public async Task HandleAsync_MalformedData_AnsweredWithoutAction(string data)
    {
        await Handler.HandleAsync(Press(data), isAdmin: true, CancellationToken.None);

        Assert.Equal("Nút này không còn dùng được.", Assert.Single(Api.CallbackAnswers).Text);
    }

    [Fact]
    public async Task HandleAsync_EditFails_DecisionStillStored()
    {
        var suggestion = await SuggestAsync();
        Api.EditFailure = FakeTelegramBotClient.Error(400, "Bad Request: message can't be edited");

        await Handler.HandleAsync(Press($"sg:a:{suggestion.Id}"), isAdmin: true, CancellationToken.None);

        Assert.Single(await Courses.ListAsync());
        Assert.Single(Api.CallbackAnswers);
    }
}
