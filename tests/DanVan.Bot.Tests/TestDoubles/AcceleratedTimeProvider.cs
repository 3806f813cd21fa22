using System.Collections.Concurrent;

namespace DanVan.Bot.Tests.TestDoubles;

/// <summary>
/// Real time, except that timers of at most <see cref="Threshold"/> (retry_after waits, backoffs) fire
/// <see cref="Factor"/> times sooner, so retry tests stay fast; longer timers (request timeouts, long polls) run at real
/// speed. Every requested due time is recorded, so a test can check the delay the code asked for.
/// </summary>
public sealed class AcceleratedTimeProvider : TimeProvider
{
    private readonly ConcurrentQueue<TimeSpan> _requested = new();

    public AcceleratedTimeProvider(double factor = 100, TimeSpan? threshold = null)
    {
        Factor = factor;
        Threshold = threshold ?? TimeSpan.FromSeconds(2);
    }

    public double Factor { get; }

    public TimeSpan Threshold { get; }

    public IReadOnlyList<TimeSpan> RequestedDelays => _requested.ToList();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime > TimeSpan.Zero && dueTime != Timeout.InfiniteTimeSpan)
        {
            _requested.Enqueue(dueTime);
        }

        return System.CreateTimer(callback, state, Scale(dueTime), Scale(period));
    }

    private TimeSpan Scale(TimeSpan value) =>
        value > TimeSpan.Zero && value != Timeout.InfiniteTimeSpan && value <= Threshold ? value / Factor : value;
}
