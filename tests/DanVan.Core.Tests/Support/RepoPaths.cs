namespace DanVan.Core.Tests.Support;

/// <summary>Paths inside the repository, found from the test binaries by walking up to the solution file.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Knowledge => Path.Combine(Root, "knowledge");

    public static string DevSet => Path.Combine(Root, "tests", "DevSet", "devset.json");

    public static string DevSetDocs => Path.Combine(Root, "tests", "DevSet", "docs");

    public static string Seeds => Path.Combine(Root, "tests", "DanVan.Core.Tests", "Fixtures", "seeds");

    public static string Seed(string prefix) => Directory.GetFiles(Seeds, prefix + "_*.txt").Single();

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "DanVan.Bot.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("DanVan.Bot.sln not found above " + AppContext.BaseDirectory);
    }
}
