namespace DanVan.Bot.Tests.TestDoubles;

/// <summary>
/// <see cref="FakeTimeProvider"/> that also counts armed timers, so a test can wait until a background loop is parked on
/// the clock (a <c>Task.Delay(…, timeProvider)</c>) before moving it; the package offers no such count.
/// </summary>
public sealed class TimerCountingTimeProvider(DateTimeOffset start) : FakeTimeProvider(start)
{
    private int _pending;

    /// <summary>Timers created with a finite due time and not yet disposed (Task.Delay disposes its timer once it fires).</summary>
    public int PendingTimers => Volatile.Read(ref _pending);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        if (dueTime == Timeout.InfiniteTimeSpan)
        {
            return timer;
        }

        Interlocked.Increment(ref _pending);
        return new CountedTimer(timer, this);
    }

    private sealed class CountedTimer(ITimer inner, TimerCountingTimeProvider owner) : ITimer
    {
        private int _disposed;

        public bool Change(TimeSpan dueTime, TimeSpan period) => inner.Change(dueTime, period);

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                Interlocked.Decrement(ref owner._pending);
            }

            inner.Dispose();
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
