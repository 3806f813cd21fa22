using DanVan.Bot.Courses;
using DanVan.Bot.Tests.TestDoubles;
using DanVan.Core.Courses;
using DanVan.TestDoubles;
using System.Diagnostics.Metrics;
using DanVan.Bot.Observability;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace DanVan.Bot.Tests.Courses;

/// <summary>Real stores on a temp database, a fake clock and Telegram; <see cref="NewScheduler"/> is a fresh process on the same database.</summary>
internal sealed class DigestHarness : IDisposable
{
    private readonly TempDatabase _db = new();
    private readonly ServiceProvider _meters = new ServiceCollection().AddMetrics().BuildServiceProvider();

    public DigestHarness(DateTimeOffset start, string zone = "Asia/Ho_Chi_Minh", string time = "07:00")
    {
        Clock = new TimerCountingTimeProvider(start);
        Schedule = DigestSchedule.FromOptions(new DigestOptions { TimeZone = zone, Time = time });
        Courses = new CourseStore(_db.Factory, Clock);
        Subscriptions = new SubscriptionStore(_db.Factory, Clock);
        Log = new DigestLog(_db.Factory, Clock);
    }

    public TimerCountingTimeProvider Clock { get; }

    public FakeTelegramBotClient Api { get; } = new();

    public DigestSchedule Schedule { get; }

    public CourseStore Courses { get; }

    public SubscriptionStore Subscriptions { get; }

    public DigestLog Log { get; }

    public DigestScheduler NewScheduler() =>
        new(Api, Courses, Subscriptions, Log, Schedule, Clock, new BotMetrics(_meters.GetRequiredService<IMeterFactory>()), NullLogger<DigestScheduler>.Instance);

    public async Task SubscribeAsync(params long[] chatIds)
    {
        foreach (var chatId in chatIds)
        {
            await Subscriptions.SubscribeAsync(chatId, $"Nhóm {chatId}", 1);
        }
    }

    public Task AddCourseAsync(string title, DateOnly start, DateOnly? end = null) =>
        Courses.AddAsync(new NewCourse(title, start, end, "Hội trường", "test"));

    /// <summary>Local wall-clock time in the harness's zone as an instant.</summary>
    public DateTimeOffset Local(int year, int month, int day, int hour, int minute = 0)
    {
        var local = new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Schedule.Zone.GetUtcOffset(local));
    }

    public void Dispose()
    {
        _meters.Dispose();
        _db.Dispose();
    }
}
