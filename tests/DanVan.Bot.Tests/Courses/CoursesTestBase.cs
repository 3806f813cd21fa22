using DanVan.Bot.Messaging;
using DanVan.Bot.Tests.TestDoubles;
using DanVan.Core.Courses;
using DanVan.TestDoubles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DanVan.Bot.Tests.Courses;

/// <summary>The app's course services over a temp database; the clock stands at 10:00 on Tuesday 24/11/2026 in Vietnam.</summary>
public abstract class CoursesTestBase : IDisposable
{
    internal static readonly DateOnly Today = new(2026, 11, 24);

    private readonly TempDatabase _db = new();

    internal CoursesTestBase(IDictionary<string, string?>? settings = null)
    {
        Host = TestHost.Build(_db, Clock, Api, settings);
    }

    internal FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.FromHours(7)));

    internal FakeTelegramBotClient Api { get; } = new();

    internal IHost Host { get; }

    internal CourseStore Courses => Host.Get<CourseStore>();

    internal IBotCommand Command(string name) => Host.Services.GetServices<IBotCommand>().Single(c => c.Name == name);

    public void Dispose()
    {
        OnDispose();
        Host.Dispose();
        _db.Dispose();
        GC.SuppressFinalize(this);
    }

    protected virtual void OnDispose()
    {
    }
}
