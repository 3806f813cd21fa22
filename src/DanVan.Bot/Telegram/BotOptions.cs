using System.ComponentModel.DataAnnotations;

namespace DanVan.Bot.Telegram;

/// <summary>Bot behaviour (section <c>Bot</c>).</summary>
public sealed class BotOptions
{
    public const string SectionName = "Bot";

    /// <summary>Numeric Telegram user ids allowed to upload documents and run admin commands (Bot__AdminUserIds__0=123…).</summary>
    public long[] AdminUserIds { get; set; } = [];

    /// <summary>Questions one user may ask per <see cref="RateLimitWindowSeconds"/>.</summary>
    [Range(1, 10_000, ErrorMessage = "Bot:RateLimitCount must be between 1 and 10000.")]
    public int RateLimitCount { get; set; } = 6;

    [Range(1, 86_400, ErrorMessage = "Bot:RateLimitWindowSeconds must be between 1 and 86400.")]
    public int RateLimitWindowSeconds { get; set; } = 60;

    /// <summary>Chats handled at the same time; updates of one chat are always handled in order.</summary>
    [Range(1, 64, ErrorMessage = "Bot:MaxConcurrentChats must be between 1 and 64.")]
    public int MaxConcurrentChats { get; set; } = 4;

    /// <summary>How many bot answers are remembered for follow-up replies.</summary>
    [Range(10, 1_000_000, ErrorMessage = "Bot:FollowUpCapacity must be between 10 and 1000000.")]
    public int FollowUpCapacity { get; set; } = 5000;

    /// <summary>On stop, updates being handled get this long to finish (their replies are sent); newer ones wait for the restart.</summary>
    [Range(0, 300, ErrorMessage = "Bot:StopGraceSeconds must be between 0 and 300.")]
    public int StopGraceSeconds { get; set; } = 10;

    public bool IsAdmin(long? userId) => userId is { } id && Array.IndexOf(AdminUserIds, id) >= 0;
}
