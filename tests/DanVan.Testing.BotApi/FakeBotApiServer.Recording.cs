namespace DanVan.Testing.BotApi;

/// <summary>What the fake server recorded, and waiting for it.</summary>
public sealed partial class FakeBotApiServer
{
    /// <summary>Every request so far, in arrival order.</summary>
    public IReadOnlyList<RecordedBotApiRequest> Requests
    {
        get
        {
            lock (_lock)
            {
                return _requests.ToList();
            }
        }
    }

    /// <summary>Every message the bot sent successfully, in order.</summary>
    public IReadOnlyList<SentMessage> SentMessages
    {
        get
        {
            lock (_lock)
            {
                return _sent.ToList();
            }
        }
    }

    public IReadOnlyList<RecordedBotApiRequest> RequestsFor(string method) =>
        Requests.Where(r => string.Equals(r.Method, method, StringComparison.OrdinalIgnoreCase)).ToList();

    public IReadOnlyList<SentMessage> MessagesTo(long chatId) => SentMessages.Where(m => m.ChatId == chatId).ToList();

    /// <summary>Waits until at least <paramref name="count"/> sent messages match <paramref name="filter"/>.</summary>
    public Task<IReadOnlyList<SentMessage>> WaitForMessagesAsync(int count, Func<SentMessage, bool>? filter = null, TimeSpan? timeout = null) =>
        WaitForAsync<IReadOnlyList<SentMessage>>(() =>
        {
            var matching = _sent.Where(filter ?? (_ => true)).ToList();
            return matching.Count >= count ? matching : null;
        }, $"{count} sent message(s)", timeout);

    /// <summary>Waits for a request of <paramref name="method"/> matching <paramref name="filter"/>.</summary>
    public Task<RecordedBotApiRequest> WaitForRequestAsync(string method, Func<RecordedBotApiRequest, bool>? filter = null, TimeSpan? timeout = null) =>
        WaitForAsync(() => _requests.FirstOrDefault(r => string.Equals(r.Method, method, StringComparison.OrdinalIgnoreCase) && (filter?.Invoke(r) ?? true)),
            $"a {method} request", timeout);

    private async Task<T> WaitForAsync<T>(Func<T?> probe, string what, TimeSpan? timeout)
        where T : class
    {
        var deadline = DateTime.UtcNow + (timeout ?? DefaultWait);
        while (true)
        {
            Task changed;
            lock (_lock)
            {
                if (probe() is { } result)
                {
                    return result;
                }

                changed = _changed.Task;
            }

            var remaining = deadline - DateTime.UtcNow;
            if (remaining <= TimeSpan.Zero)
            {
                throw new TimeoutException($"Timed out waiting for {what}. Requests: {string.Join(", ", Requests.Select(r => r.Method))}. " +
                    $"Sent: {string.Join(" | ", SentMessages.Select(m => $"{m.ChatId}: {m.PlainText}"))}");
            }

            try
            {
                await changed.WaitAsync(remaining);
            }
            catch (TimeoutException)
            {
                // Probe once more, then fail.
            }
        }
    }
}
