using System.Globalization;

namespace DanVan.Bot.Messaging.State;

/// <summary>How the Telegram tables store instants: UTC text that sorts and compares like the instants themselves.</summary>
internal static class DbTime
{
    private const string Pattern = "yyyy-MM-ddTHH:mm:ss.fffZ";

    public static string Format(DateTimeOffset at) => at.UtcDateTime.ToString(Pattern, CultureInfo.InvariantCulture);

    public static DateTimeOffset Parse(string text) =>
        DateTimeOffset.ParseExact(text, Pattern, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
