using DanVan.Bot.Courses;
using DanVan.Bot.Messaging;
using DanVan.Core;
using DanVan.TestDoubles;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Telegram.Bot;

namespace DanVan.Bot.Tests.TestDoubles;

/// <summary>The app's real registrations (AddDanVanCore + AddCourses) over a temp database, a fake clock and a fake Telegram client.</summary>
internal static class TestHost
{
    public const long AdminId = 7;

    public static IHost Build(TempDatabase db, TimeProvider clock, ITelegramBotClient api, IDictionary<string, string?>? settings = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        var configuration = new Dictionary<string, string?>
        {
            ["Storage:DatabasePath"] = db.Path,
            ["Telegram:BotToken"] = "123456:test-token",
            ["Bot:AdminUserIds:0"] = AdminId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(configuration);
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(clock);
        builder.Services.AddSingleton(api);
        builder.AddDanVanCore();
        builder.AddCourses();
        // Replies and admin notices go through the outbox; tests deliver it with OutboxDispatcher.DeliverDueAsync.
        builder.AddTelegram();
        return builder.Build();
    }

    public static T Get<T>(this IHost host) where T : notnull => host.Services.GetRequiredService<T>();
}
