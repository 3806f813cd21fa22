using System.Text.RegularExpressions;
using DanVan.Core.Tests.Support;

namespace DanVan.Core.Tests;

/// <summary>
/// Dependencies point one way, folder to folder (README, "Architecture"): each top folder of a project sits in a layer
/// and uses only folders of lower layers. Namespaces equal folders, so a use of another folder's types is a
/// <c>using DanVan.Core.X</c> (or a name qualified with it), which is what is read here, from the sources.
/// </summary>
public sealed partial class FolderDependencyTests
{
    // Lowest first. A new folder goes into a layer here and into README's picture.
    private static readonly string[][] CoreLayers =
    [
        ["Text", "Settings"],
        ["Lexicon", "Documents", "LanguageModels"],
        ["Storage"],
        ["Ingestion"],
        ["Retrieval", "Courses"],
        ["Answering"],
        ["Questions"],
        ["Reading", "Evaluation"],
    ];

    private static readonly string[][] BotLayers =
    [
        ["Observability", "Storage", "Llm"],
        ["Messaging"],
        ["Courses", "Questions"],
        ["Cli"],
    ];


    [Fact]
    public void CoreFolders_UseOnlyLowerLayers() =>
        Assert.Empty(Violations("DanVan.Core", CoreLayers));

    [Fact]
    public void BotFolders_UseOnlyLowerLayers() =>
        Assert.Empty(Violations("DanVan.Bot", BotLayers));

    [Theory]
    [InlineData("DanVan.Core")]
    [InlineData("DanVan.Bot")]
    public void SourceFiles_NamespaceEqualsFolder(string project)
    {
        var root = Path.Combine(RepoPaths.Root, "src", project);
        var wrong = SourceFiles(root)
            .Select(file => (file, expected: string.Join('.', [project, .. Folders(root, file)]), actual: NamespaceOf(File.ReadAllText(file))))
            .Where(f => f.actual is not null && f.actual != f.expected)
            .Select(f => $"{Path.GetRelativePath(root, f.file)}: {f.actual}, expected {f.expected}");

        Assert.Empty(wrong);
    }

    private static List<string> Violations(string project, string[][] layers)
    {
        var root = Path.Combine(RepoPaths.Root, "src", project);
        var layerOf = layers.SelectMany((folders, layer) => folders.Select(f => (f, layer))).ToDictionary(x => x.f, x => x.layer);
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var folder in Directory.GetDirectories(root).Select(Path.GetFileName).Where(IsSourceFolder))
        {
            if (!layerOf.ContainsKey(folder!))
            {
                found.Add($"{folder}: in no layer (add it to the layers here and to README's picture)");
            }
        }

        foreach (var file in SourceFiles(root))
        {
            var folders = Folders(root, file);
            if (folders.Length == 0 || !layerOf.TryGetValue(folders[0], out var from))
            {
                continue; // the project's root (its AddXxx entry point, Program.cs) may use every folder
            }

            var code = WithoutCommentsAndStrings(File.ReadAllText(file));
            foreach (var used in Reference(project).Matches(code).Select(m => m.Groups[1].Value).Distinct())
            {
                var edge = $"{folders[0]} -> {used}";
                if (used != folders[0] && layerOf.TryGetValue(used, out var to) && to >= from)
                {
                    found.Add($"{edge} ({Path.GetRelativePath(root, file)})");
                }
            }
        }

        return [.. found];
    }

    private static IEnumerable<string> SourceFiles(string root) =>
        Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories).Where(f => IsSourceFolder(Folders(root, f).FirstOrDefault()));

    private static bool IsSourceFolder(string? folder) => folder is not ("bin" or "obj");

    private static string[] Folders(string root, string file) =>
        Path.GetDirectoryName(Path.GetRelativePath(root, file))!.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);

    private static string? NamespaceOf(string code) => NamespaceLine().Match(code) is { Success: true } m ? m.Groups[1].Value : null;

    private static Regex Reference(string project) => new(@"\b" + Regex.Escape(project) + @"\.([A-Z]\w*)", RegexOptions.CultureInvariant);

    private static string WithoutCommentsAndStrings(string code) => CommentOrString().Replace(code, " ");

    [GeneratedRegex(@"^namespace\s+([\w.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex NamespaceLine();

    [GeneratedRegex(@"//[^\n]*|/\*.*?\*/|"""""".*?""""""|@""(?:[^""]|"""")*""|""(?:\\.|[^""\\\n])*""", RegexOptions.Singleline)]
    private static partial Regex CommentOrString();
}
