using DanVan.Core.Settings;

namespace DanVan.Bot.Messaging.Settings;

/// <summary>Bot behaviour (section <c>Bot</c>).</summary>
public sealed class BotOptions
{
    public const string SectionName = "Bot";

    /// <summary>Numeric Telegram user ids allowed to upload documents and run admin commands (Bot__AdminUserIds__0=123…).</summary>
    public long[] AdminUserIds { get; set; } = [];

    /// <summary>Questions one user may ask per <see cref="RateLimitWindowSeconds"/>.</summary>
    [SettingRange(1, 10_000, ErrorMessage = "Bot:RateLimitCount must be between 1 and 10000.")]
    public int RateLimitCount { get; set; } = 6;

    [SettingRange(1, 86_400, ErrorMessage = "Bot:RateLimitWindowSeconds must be between 1 and 86400.")]
    public int RateLimitWindowSeconds { get; set; } = 60;

    /// <summary>Chats handled at the same time; updates of one chat are always handled in order.</summary>
    [SettingRange(1, 64, ErrorMessage = "Bot:MaxConcurrentChats must be between 1 and 64.")]
    public int MaxConcurrentChats { get; set; } = 4;

    /// <summary>How many bot answers are remembered for follow-up replies.</summary>
    [SettingRange(10, 1_000_000, ErrorMessage = "Bot:FollowUpCapacity must be between 10 and 1000000.")]
    public int FollowUpCapacity { get; set; } = 5000;

    /// <summary>On stop, updates being handled get this long to finish (their replies are sent); newer ones wait for the restart.</summary>
    [SettingRange(0, 300, ErrorMessage = "Bot:StopGraceSeconds must be between 0 and 300.")]
    public int StopGraceSeconds { get; set; } = 10;

    /// <summary>Tries before an update that keeps failing is set aside (listed by <c>updates failed</c>).</summary>
    [SettingRange(1, 100, ErrorMessage = "Bot:UpdateMaxAttempts must be between 1 and 100.")]
    public int UpdateMaxAttempts { get; set; } = 3;

    /// <summary>A reply Telegram has not accepted after this many hours is given up (logged as expired).</summary>
    [SettingRange(1, 720, ErrorMessage = "Bot:ReplyMaxAgeHours must be between 1 and 720.")]
    public int ReplyMaxAgeHours { get; set; } = 24;

    /// <summary>/healthz is unhealthy when a received update has waited this long to be handled.</summary>
    [SettingRange(1, 86_400, ErrorMessage = "Bot:StuckUpdateSeconds must be between 1 and 86400.")]
    public int StuckUpdateSeconds { get; set; } = 300;

    /// <summary>/healthz is unhealthy after this many receiving failures in a row (getUpdates, storing, the handling loop).</summary>
    [SettingRange(1, 1000, ErrorMessage = "Bot:MaxReceiveFailures must be between 1 and 1000.")]
    public int MaxReceiveFailures { get; set; } = 10;

    public bool IsAdmin(long? userId) => userId is { } id && Array.IndexOf(AdminUserIds, id) >= 0;
}
