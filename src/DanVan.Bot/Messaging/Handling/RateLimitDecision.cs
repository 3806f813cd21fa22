namespace DanVan.Bot.Messaging.Handling;

/// <summary>Whether a question may go ahead; if not, how long to wait and whether to tell the user (once per wait).</summary>
internal readonly record struct RateLimitDecision(bool Allowed, TimeSpan RetryAfter, bool ShouldNotify);
