namespace DanVan.Bot.Messaging.Worker;

/// <summary>
/// Wakes a waiting loop early. <see cref="Reset"/> before looking for work, then <see cref="WaitAsync"/>: a
/// <see cref="Wake"/> that comes in between is not lost. Waits run on the injected TimeProvider.
/// </summary>
internal sealed class WakeSignal
{
    private TaskCompletionSource _signal = New();

    public void Wake() => Volatile.Read(ref _signal).TrySetResult();

    public void Reset()
    {
        var current = Volatile.Read(ref _signal);
        if (current.Task.IsCompleted)
        {
            Interlocked.CompareExchange(ref _signal, New(), current);
        }
    }

    /// <summary>Until woken or <paramref name="delay"/> has passed; throws when <paramref name="cancellationToken"/> is cancelled.</summary>
    public async Task WaitAsync(TimeSpan delay, TimeProvider time, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var woken = Volatile.Read(ref _signal).Task;
        var timer = Task.Delay(delay < TimeSpan.Zero ? TimeSpan.Zero : delay, time, timeout.Token);
        await Task.WhenAny(woken, timer);
        await timeout.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
    }

    private static TaskCompletionSource New() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
