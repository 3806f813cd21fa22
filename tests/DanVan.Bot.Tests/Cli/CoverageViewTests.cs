using System.Text;
using DanVan.Bot.Cli;
using DanVan.Core;
using DanVan.Core.Ingestion;
using DanVan.Core.Storage;
using DanVan.TestDoubles;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Spectre.Console;

namespace DanVan.Bot.Tests.Cli;

public sealed class CoverageViewTests : IDisposable
{
    private readonly TempDatabase _db = new();
    private readonly string _adminFile = Path.Combine(Path.GetTempPath(), $"danvan-reading-{Guid.NewGuid():N}.json");
    private readonly StringWriter _out = new();
    private readonly IAnsiConsole _console;
    private readonly IHost _host;

    public CoverageViewTests()
    {
        _console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(_out),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
        });
        _console.Profile.Width = 250;
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:DatabasePath"] = _db.Path,
            ["ReadingList:Path"] = _adminFile,
        });
        builder.Logging.ClearProviders();
        builder.AddDanVanCore();
        _host = builder.Build();
        _host.Services.GetRequiredService<SqliteConnectionFactory>().EnsureInitialized();
    }

    [Fact]
    public async Task Write_AfterIngestingAListedDocument_ShowsItLoadedAndTheRestMissingByTopic()
    {
        var ingested = await _host.Services.GetRequiredService<IKnowledgeAdmin>().IngestAsync(
            Encoding.UTF8.GetBytes("ĐẢNG CỘNG SẢN VIỆT NAM\n\nSố: 23-QĐ/TW\n\nVăn bản làm cho kiểm thử."), "qd23.txt", "test");

        var code = CoverageView.Write(_host.Services, _console);

        Assert.Equal(0, code);
        var output = _out.ToString();
        Assert.Contains("Công tác dân vận của hệ thống chính trị", output, StringComparison.Ordinal);
        var line = output.Split('\n').Single(l => l.Contains("23-QĐ/TW", StringComparison.Ordinal));
        Assert.Contains("✓", line, StringComparison.Ordinal);
        Assert.Contains($"#{ingested.DocumentId}", line, StringComparison.Ordinal);
        Assert.Contains(output.Split('\n'), l => l.Contains("10/2022/QH15", StringComparison.Ordinal) && l.Contains("chưa có", StringComparison.Ordinal));
        Assert.Contains("Đã có 1/", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Cảnh báo", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_MalformedAdminFile_StillListsAndWarnsWithThePath()
    {
        await File.WriteAllTextAsync(_adminFile, "{ \"documents\": [ oops ] }");

        var code = CoverageView.Write(_host.Services, _console);

        Assert.Equal(0, code);
        var output = _out.ToString();
        Assert.Contains("25-NQ/TW", output, StringComparison.Ordinal);
        Assert.Contains("Cảnh báo:", output, StringComparison.Ordinal);
        Assert.Contains(_adminFile, output.Replace("\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _host.Dispose();
        _db.Dispose();
        File.Delete(_adminFile);
    }
}
