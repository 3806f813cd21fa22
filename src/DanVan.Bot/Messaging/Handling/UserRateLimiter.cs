using DanVan.Bot.Messaging.Settings;
using Microsoft.Extensions.Options;

namespace DanVan.Bot.Messaging.Handling;

/// <summary>
/// Sliding-window limit of questions per user (Bot:RateLimitCount per Bot:RateLimitWindowSeconds). Over the limit the user
/// is told to wait once; further questions in the same wait are dropped silently so the bot cannot be made to flood a group.
/// </summary>
internal sealed class UserRateLimiter
{
    private const int CleanupThreshold = 10_000;

    private readonly TimeProvider _time;
    private readonly int _limit;
    private readonly TimeSpan _window;
    private readonly Dictionary<long, UserWindow> _users = [];
    private readonly Lock _lock = new();

    public UserRateLimiter(IOptions<BotOptions> options, TimeProvider time)
    {
        _time = time;
        _limit = options.Value.RateLimitCount;
        _window = TimeSpan.FromSeconds(options.Value.RateLimitWindowSeconds);
    }

    public RateLimitDecision TryAcquire(long userId)
    {
        var now = _time.GetUtcNow();
        lock (_lock)
        {
            if (_users.Count > CleanupThreshold)
            {
                RemoveIdle(now);
            }

            if (!_users.TryGetValue(userId, out var user))
            {
                user = new UserWindow();
                _users[userId] = user;
            }

            while (user.Times.Count > 0 && now - user.Times.Peek() >= _window)
            {
                user.Times.Dequeue();
            }

            if (user.Times.Count < _limit)
            {
                user.Times.Enqueue(now);
                return new RateLimitDecision(true, TimeSpan.Zero, false);
            }

            var retryAfter = user.Times.Peek() + _window - now;
            var notify = user.NotifiedUntil is not { } until || now >= until;
            if (notify)
            {
                user.NotifiedUntil = now + retryAfter;
            }

            return new RateLimitDecision(false, retryAfter, notify);
        }
    }

    private void RemoveIdle(DateTimeOffset now)
    {
        foreach (var (id, user) in _users.ToList())
        {
            if (user.Times.Count == 0 || now - user.Times.Last() >= _window)
            {
                _users.Remove(id);
            }
        }
    }

    private sealed class UserWindow
    {
        public Queue<DateTimeOffset> Times { get; } = new();

        public DateTimeOffset? NotifiedUntil { get; set; }
    }
}
