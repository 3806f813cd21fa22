using System.CommandLine;
using DanVan.Bot.Messaging.Settings;
using DanVan.Bot.Messaging;
using DanVan.Core.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace DanVan.Bot.Cli;

/// <summary>
/// <c>health</c>: exit 0 when the bot serving this configuration is healthy, 1 otherwise; for container HEALTHCHECKs,
/// which cannot rely on curl. With a listen address it asks the running bot's <c>GET /healthz</c>; without one (polling
/// with no port) it checks that the database answers and that a DanVan.Bot process holds it.
/// </summary>
internal static class HealthVerb
{
    public static Command Create()
    {
        var timeout = new Option<int>("--timeout") { Description = "Giây chờ tối đa.", DefaultValueFactory = _ => 5 };
        var command = new Command("health", "Kiểm tra bot đang chạy có khỏe không (mã thoát 0 = khỏe), dùng cho HEALTHCHECK.") { timeout };
        command.SetAction((parse, ct) => ExecuteAsync(TimeSpan.FromSeconds(Math.Clamp(parse.GetValue(timeout), 1, 60)), ct));
        return command;
    }

    private static async Task<int> ExecuteAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var configuration = AppHost.CreateBuilder([], quietConsole: true).Configuration;
        var mode = string.Equals(configuration["Telegram:Mode"], nameof(TelegramMode.Webhook), StringComparison.OrdinalIgnoreCase)
            ? TelegramMode.Webhook
            : TelegramMode.Polling;
        var urls = TelegramOptions.EffectiveListenUrls(mode, configuration["Telegram:ListenUrls"]);
        var (healthy, detail) = urls.Count > 0
            ? await ProbeAsync(LocalUrl(urls[0]), timeout, cancellationToken)
            : CheckDatabase(configuration[$"{StorageOptions.SectionName}:{nameof(StorageOptions.DatabasePath)}"] ?? new StorageOptions().DatabasePath);
        await (healthy ? Console.Out : Console.Error).WriteLineAsync((healthy ? "khỏe: " : "không khỏe: ") + detail);
        return healthy ? 0 : 1;
    }

    /// <summary>The /healthz address to call for a listen URL: a wildcard host (+, *, 0.0.0.0, [::]) is this machine.</summary>
    internal static Uri LocalUrl(string listenUrl)
    {
        var normalized = listenUrl.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal);
        var builder = new UriBuilder(normalized) { Path = "/healthz" };
        if (builder.Host is "0.0.0.0" or "localhost")
        {
            builder.Host = "127.0.0.1";
        }
        else if (builder.Host is "[::]" or "::")
        {
            builder.Host = "[::1]";
        }

        return builder.Uri;
    }

    private static async Task<(bool, string)> ProbeAsync(Uri url, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = timeout };
        try
        {
            using var response = await http.GetAsync(url, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            return (response.IsSuccessStatusCode, $"{url} → {(int)response.StatusCode} {body}");
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return (false, $"{url} không trả lời ({ex.Message})");
        }
    }

    private static (bool, string) CheckDatabase(string databasePath)
    {
        var path = Path.GetFullPath(databasePath);
        if (!File.Exists(path))
        {
            return (false, $"chưa có cơ sở dữ liệu {path}");
        }

        try
        {
            using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString()))
            {
                connection.Open();
                using var command = connection.CreateCommand();
                command.CommandText = "SELECT count(*) FROM kv;";
                command.ExecuteScalar();
            }

            // Taking the lock exclusively succeeds only when no DanVan.Bot process holds the database: then no bot runs.
            using var probe = DatabaseLock.TryAcquireExclusive(path);
            return probe is null
                ? (true, $"cơ sở dữ liệu {path} trả lời và đang được bot dùng")
                : (false, $"cơ sở dữ liệu {path} trả lời nhưng không có bot nào đang chạy với nó");
        }
        catch (SqliteException ex)
        {
            return (false, $"cơ sở dữ liệu {path} lỗi: {ex.Message}");
        }
    }
}
