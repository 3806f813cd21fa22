using System.Net.Http.Headers;
using DanVan.Testing.BotApi;

namespace DanVan.Bot.Benchmarks;

/// <summary>
/// Plays Telegram's side of a webhook for the crash soak: posts the pending updates of a <see cref="FakeBotApiServer"/>
/// one at a time, in order, with the secret header, and forgets each only when the bot answered 200; anything else
/// (the bot is down, 5xx) is retried.
/// </summary>
internal sealed class WebhookPoster : IAsyncDisposable
{
    public const string Secret = "soak-webhook-secret";

    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public WebhookPoster(FakeBotApiServer server, Uri hook) => _loop = RunAsync(server, hook, _stop.Token);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }

        _http.Dispose();
        _stop.Dispose();
    }

    private async Task RunAsync(FakeBotApiServer server, Uri hook, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            if (server.PeekPending() is not { } update)
            {
                await Task.Delay(10, stop);
                continue;
            }

            try
            {
                using var content = new StringContent(update.ToJsonString(), System.Text.Encoding.UTF8);
                content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                using var request = new HttpRequestMessage(HttpMethod.Post, hook) { Content = content };
                request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", Secret);
                using var response = await _http.SendAsync(request, stop);
                if (response.IsSuccessStatusCode)
                {
                    server.ConfirmPending(update["update_id"]!.GetValue<long>());
                    continue;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !stop.IsCancellationRequested)
            {
                // The bot is down (killed): Telegram tries again later.
            }

            await Task.Delay(100, stop);
        }
    }
}
