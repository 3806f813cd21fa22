using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;

namespace DanVan.Bot.Messaging.Worker;

/// <summary>Replaces Kestrel when nothing needs to listen (Polling mode without Telegram:ListenUrls): the bot opens no port.</summary>
internal sealed class NullServer : IServer
{
    public NullServer() => Features.Set<IServerAddressesFeature>(new ServerAddressesFeature());

    public IFeatureCollection Features { get; } = new FeatureCollection();

    public Task StartAsync<TContext>(IHttpApplication<TContext> application, CancellationToken cancellationToken)
        where TContext : notnull => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose()
    {
    }
}
