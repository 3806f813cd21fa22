namespace DanVan.Core.Courses;

/// <summary>What the digest log says about one chat on one local day.</summary>
public enum DigestSendStatus
{
    /// <summary>Claimed before calling Telegram; still this after a crash mid-send (the digest is then not sent again).</summary>
    Sending,

    Sent,

    /// <summary>Nothing to announce that day; no message was sent.</summary>
    Empty,

    /// <summary>Telegram refused or the outcome is unknown; not retried, to keep one digest per day at most.</summary>
    Failed,

    /// <summary>The bot was blocked or removed (403); the chat was unsubscribed.</summary>
    Blocked,
}
