namespace DanVan.Bot.Messaging.Worker;

/// <summary>
/// The stop grace period: a timer (on the injected TimeProvider) that cancels work in progress once the host has been
/// stopping for the given time, so what is being handled or sent may finish but nothing runs on forever.
/// </summary>
internal static class GraceTimer
{
    /// <summary>Cancels <paramref name="work"/> <paramref name="grace"/> after <paramref name="stopping"/> is cancelled. Dispose the result.</summary>
    public static IDisposable Start(TimeProvider time, TimeSpan grace, CancellationTokenSource work, CancellationToken stopping)
    {
        var timer = time.CreateTimer(static state => CancelQuietly((CancellationTokenSource)state!), work, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        var registration = stopping.Register(() => timer.Change(grace, Timeout.InfiniteTimeSpan));
        return new Both(registration, timer);
    }

    private static void CancelQuietly(CancellationTokenSource source)
    {
        try
        {
            source.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The work finished as the grace period ran out.
        }
    }

    private sealed class Both(CancellationTokenRegistration registration, ITimer timer) : IDisposable
    {
        public void Dispose()
        {
            registration.Dispose();
            timer.Dispose();
        }
    }
}
