namespace DanVan.Bot.Messaging.Routing;

/// <summary>What the bot does with a message.</summary>
internal enum RouteKind
{
    /// <summary>Not for the bot: stay silent.</summary>
    Ignore,

    /// <summary>A slash command addressed to this bot (or to no bot in particular).</summary>
    Command,

    /// <summary>A question to answer from the materials.</summary>
    Question,

    /// <summary>A document sent for ingestion.</summary>
    Upload,
}
