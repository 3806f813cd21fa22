using System.CommandLine;
using System.Globalization;
using DanVan.Bot.Messaging.Inbox;
using DanVan.Core.Storage;
using Spectre.Console;

namespace DanVan.Bot.Cli;

/// <summary><c>updates failed</c>: the Telegram updates the bot set aside after failing (no message text is shown).</summary>
internal static class UpdatesVerb
{
    public static Command Create()
    {
        var limit = new Option<int>("--limit") { Description = "Số bản ghi tối đa.", DefaultValueFactory = _ => 50 };
        var failed = new Command("failed", "Liệt kê các cập nhật Telegram bot đã gác lại vì xử lý lỗi (không hiện nội dung tin nhắn).") { limit };
        failed.SetAction(async (parse, ct) =>
        {
            await using var context = await CliContext.CreateAsync(syncKnowledge: false, ct);
            if (context is null)
            {
                return 1;
            }

            var updates = await new FailedUpdates(context.Get<SqliteConnectionFactory>()).ListFailedAsync(parse.GetValue(limit), ct);
            var table = new Table().AddColumns("Update", "Chat", "Nhận lúc", "Gác lại lúc", "Số lần thử", "Lỗi", "Kích thước");
            foreach (var update in updates)
            {
                table.AddRow(
                    update.UpdateId.ToString(CultureInfo.InvariantCulture),
                    update.ChatId?.ToString(CultureInfo.InvariantCulture) ?? "—",
                    Time(update.ReceivedAt),
                    Time(update.FailedAt),
                    update.Attempts.ToString(CultureInfo.InvariantCulture),
                    Markup.Escape(update.Error),
                    update.PayloadLength.ToString("N0", CultureInfo.InvariantCulture) + " B");
            }

            AnsiConsole.Write(table);
            AnsiConsole.WriteLine($"{updates.Count} cập nhật bị gác lại.");
            return 0;
        });

        return new Command("updates", "Cập nhật Telegram đã nhận (xem các cập nhật bị lỗi).") { failed };
    }

    private static string Time(DateTimeOffset at) => at.ToLocalTime().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
