using System.Net;
using System.Net.Sockets;
using System.Text;
using DanVan.Bot.Messaging.Receiving;
using DanVan.Bot.Messaging;

namespace DanVan.Bot.Tests.Messaging.Reliability;

/// <summary>Issue 12 §7: the webhook reads at most 1 MB of a body whatever its transfer encoding, and answers 413.</summary>
public sealed class WebhookBodyLimitTests : BotScenarioTest
{
    private const string Secret = WebhookSecret;

    [Fact]
    public async Task ChunkedBodyOverOneMegabyte_413AndNothingStoredOrAnswered()
    {
        await using var bot = await StartWebhookBotAsync();
        await Server.WaitForRequestAsync("setWebhook");
        var uri = new Uri(bot.ListenAddress);

        // Raw HTTP/1.1 over TCP, so the body is certainly chunked and carries no Content-Length.
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(uri.Host, uri.Port);
        var stream = tcp.GetStream();
        var head = $"POST /telegram/hook HTTP/1.1\r\nHost: {uri.Host}:{uri.Port}\r\nContent-Type: application/json\r\n" +
                   $"{WebhookEndpoint.SecretHeader}: {Secret}\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        var status = await SendChunksAsync(stream, totalBytes: 10 * 1024 * 1024);

        Assert.Equal(413, status);
        await bot.WaitForIdleAsync();
        Assert.Empty(Server.SentMessages);
    }

    /// <summary>Sends a JSON update padded to <paramref name="totalBytes"/> in 64 KB chunks; returns the response status.</summary>
    private static async Task<int> SendChunksAsync(NetworkStream stream, int totalBytes)
    {
        var prefix = Encoding.UTF8.GetBytes("""{"update_id":4242,"message":{"message_id":1,"date":0,"chat":{"id":1,"type":"private"},"text":" """);
        var filler = Encoding.ASCII.GetBytes(new string('a', 64 * 1024));
        try
        {
            await WriteChunkAsync(stream, prefix);
            for (var sent = prefix.Length; sent < totalBytes; sent += filler.Length)
            {
                await WriteChunkAsync(stream, filler);
            }

            await WriteChunkAsync(stream, Encoding.UTF8.GetBytes("\"}}"));
            await stream.WriteAsync(Encoding.ASCII.GetBytes("0\r\n\r\n"));
        }
        catch (IOException)
        {
            // The server answered and closed before the whole body was sent: what is expected.
        }

        using var reader = new StreamReader(stream, Encoding.ASCII);
        var statusLine = await reader.ReadLineAsync() ?? "";
        return int.Parse(statusLine.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task WriteChunkAsync(NetworkStream stream, byte[] data)
    {
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"{data.Length:X}\r\n"));
        await stream.WriteAsync(data);
        await stream.WriteAsync("\r\n"u8.ToArray());
    }
}
