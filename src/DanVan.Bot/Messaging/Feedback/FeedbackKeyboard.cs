using System.Globalization;
using Telegram.Bot.Types.ReplyMarkups;

namespace DanVan.Bot.Messaging.Feedback;

/// <summary>
/// The 👍 / 👎 buttons under an answer. Callback data is "fb:+:ID" / "fb:-:ID" with the question log's id (at most
/// 24 bytes, within Telegram's 64), so a press works after any restart: everything it needs is in the data and SQLite.
/// </summary>
internal static class FeedbackKeyboard
{
    public const string Prefix = "fb:";

    public static InlineKeyboardMarkup For(long questionId) => new(new[]
    {
        InlineKeyboardButton.WithCallbackData("👍 Hữu ích", Data(questionId, up: true)),
        InlineKeyboardButton.WithCallbackData("👎 Chưa đúng", Data(questionId, up: false)),
    });

    public static string Data(long questionId, bool up) =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefix}{(up ? '+' : '-')}:{questionId}");

    /// <summary>Reads callback data made by <see cref="Data"/>; the vote is +1 or -1.</summary>
    public static bool TryParse(string? data, out long questionId, out int vote)
    {
        questionId = 0;
        vote = 0;
        if (data is null || !data.StartsWith(Prefix, StringComparison.Ordinal) || data.Length < Prefix.Length + 3 || data[Prefix.Length + 1] != ':')
        {
            return false;
        }

        vote = data[Prefix.Length] switch { '+' => 1, '-' => -1, _ => 0 };
        return vote != 0 && long.TryParse(data.AsSpan(Prefix.Length + 2), NumberStyles.None, CultureInfo.InvariantCulture, out questionId);
    }
}
