using DanVan.Core.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DanVan.Core.Tests.Support;

/// <summary>The real core services over a real SQLite file in a temp folder.</summary>
public sealed class CoreServices : IDisposable
{
    private readonly ServiceProvider _provider;

    public CoreServices(string? knowledgePath = null, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Storage:DatabasePath"] = Directory.File("danvan.db"),
            ["Knowledge:Path"] = knowledgePath ?? Directory.File("knowledge"),
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddDanVanCore();
        configure?.Invoke(services);
        _provider = services.BuildServiceProvider();
        Get<SqliteConnectionFactory>().EnsureInitialized();
        Get<IndexMaintenance>().EnsureFormat();
    }

    public TempDirectory Directory { get; } = new();

    public T Get<T>() where T : notnull => _provider.GetRequiredService<T>();

    public void Dispose()
    {
        _provider.Dispose();
        Directory.Dispose();
    }
}
