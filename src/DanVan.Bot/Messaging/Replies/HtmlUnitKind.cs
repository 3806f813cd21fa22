namespace DanVan.Bot.Messaging.Replies;

/// <summary>What a piece of Telegram HTML is, for splitting.</summary>
internal enum HtmlUnitKind
{
    /// <summary>One character, or a surrogate pair.</summary>
    Text,

    /// <summary>An entity such as &amp;amp; or &amp;#39;.</summary>
    Entity,

    /// <summary>An opening or closing tag.</summary>
    Tag,
}
