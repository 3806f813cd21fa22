using System.CommandLine;
using System.Globalization;

namespace DanVan.Benchmarks.Hostile;

/// <summary>
/// <c>hostile [--out DIR]</c>: writes <see cref="HostileCorpus"/> to a folder, to measure the bot's <c>ingest</c> on it
/// from outside (wall time and peak RSS with <c>/usr/bin/time -v</c>; see docs/benchmarks.md).
/// </summary>
internal static class HostileVerb
{
    public static Command Create()
    {
        var output = new Option<string>("--out") { Description = "Folder to write the hostile files to.", DefaultValueFactory = _ => "data/bench/hostile" };
        var command = new Command("hostile", "Writes hostile documents (nested HTML, PDF and zip bombs, giant lines) for measuring ingest.") { output };
        command.SetAction((parse, ct) => WriteAsync(parse.GetValue(output)!, ct));
        return command;
    }

    private static async Task<int> WriteAsync(string folder, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        foreach (var (name, content) in HostileCorpus.All())
        {
            await File.WriteAllBytesAsync(Path.Combine(folder, name), content, cancellationToken);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-28} {content.Length,12:N0} bytes"));
        }

        Console.WriteLine($"Measure: /usr/bin/time -v dotnet src/DanVan.Bot/bin/Release/net10.0/DanVan.Bot.dll ingest {folder}");
        return 0;
    }
}
