using DanVan.Bot.Courses;
using DanVan.Bot.Messaging;
using DanVan.Bot.Tests.TestDoubles;
using DanVan.Core.Courses;
using DanVan.Core.Ingestion;
using DanVan.TestDoubles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DanVan.Bot.Tests.Courses;

public sealed class CoursesExtensionsTests : CoursesTestBase
{
    [Fact]
    public void AddCourses_Commands_PublicAndAdminOnesRegisteredWithVietnameseDescriptions()
    {
        // The test host also adds the Telegram feature (for the outbox); its own commands are not the courses' ones.
        var commands = Host.Services.GetServices<IBotCommand>()
            .Where(c => c.GetType().Namespace!.StartsWith("DanVan.Bot.Courses", StringComparison.Ordinal))
            .ToDictionary(c => c.Name, c => c);

        Assert.Equal(["addcourse", "courses", "removecourse", "subscribe", "unsubscribe"], commands.Keys.Order());
        Assert.Equal(["addcourse", "removecourse"], commands.Values.Where(c => c.AdminOnly).Select(c => c.Name).Order());
        Assert.All(commands.Values, c => Assert.InRange(c.Description.Length, 3, 256));
    }

    [Fact]
    public void AddCourses_CallbackObserverAndScheduler_Registered()
    {
        Assert.Contains(Host.Services.GetServices<ICallbackHandler>(), h => h.Prefix == "sg:");
        Assert.Contains(Host.Services.GetServices<IIngestionObserver>(), o => o is CourseSuggestionObserver);
        Assert.Contains(Host.Services.GetServices<IHostedService>(), s => s is DigestScheduler);
    }

    [Fact]
    public async Task AddCourses_BadTimeZone_StartFailsSayingWhatToFix()
    {
        using var db = new TempDatabase();
        using var host = TestHost.Build(db, Clock, Api, new Dictionary<string, string?> { ["Digest:TimeZone"] = "Asia/Hanoi" });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Digest:TimeZone 'Asia/Hanoi'", error.Message);
        Assert.Contains("Asia/Ho_Chi_Minh", error.Message);
    }

    [Fact]
    public async Task AddCourses_BadTime_StartFailsSayingWhatToFix()
    {
        using var db = new TempDatabase();
        using var host = TestHost.Build(db, Clock, Api, new Dictionary<string, string?> { ["Digest:Time"] = "7 giờ" });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Digest:Time '7 giờ'", error.Message);
    }

    [Fact]
    public void AddCourses_ConfiguredZone_UsedBySchedule()
    {
        using var db = new TempDatabase();
        using var host = TestHost.Build(db, Clock, Api, new Dictionary<string, string?> { ["Digest:TimeZone"] = "Europe/Berlin", ["Digest:Time"] = "06:30", ["Digest:DaysAhead"] = "3" });

        var schedule = host.Get<DigestSchedule>();

        Assert.Equal(("Europe/Berlin", new TimeOnly(6, 30), 3), (schedule.Zone.Id, schedule.Time, schedule.DaysAhead));
    }
}
