using System.Text;
using System.Text.Json;

using DanVan.Bot.Tests.TestDoubles;
using DanVan.Core.Answering;

namespace DanVan.Bot.Tests.Cli;

/// <summary>
/// The executable as a user runs it: a separate process, no bot token, a fresh database, the bundled knowledge.
/// </summary>
public sealed class CliProcessTests : IDisposable
{
    private readonly string _workDir = Path.Combine(Path.GetTempPath(), "danvan-cli-" + Guid.NewGuid().ToString("N"));

    public CliProcessTests() => Directory.CreateDirectory(_workDir);

    private string Database => Path.Combine(_workDir, "data", "danvan.db");

    private Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(string? stdin, params string[] args) =>
        CliProcess.RunAsync(_workDir, Settings(), stdin, args);

    private Task<(int ExitCode, string Stdout, string Stderr)> RunBytesAsync(byte[]? stdin, params string[] args) =>
        CliProcess.RunBytesAsync(_workDir, Settings(), stdin, args);

    private Dictionary<string, string> Settings() => new()
    {
        ["Storage__DatabasePath"] = Database,
        ["Knowledge__Path"] = RepoPaths.Knowledge,
    };

    [Fact]
    public async Task AskJson_WithoutBotToken_PrintsTheDocumentedShape()
    {
        var (exit, stdout, stderr) = await RunAsync(null, "ask", "--json", "Năm 2016 Bình Phước tập huấn cho bao nhiêu cán bộ dân vận?");

        Assert.True(exit == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.Equal("Năm 2016 Bình Phước tập huấn cho bao nhiêu cán bộ dân vận?", root.GetProperty("question").GetString());
        var answer = root.GetProperty("answer").GetString()!;
        Assert.Contains("800", answer.Split("\n\n" + AnswerTexts.ContextHeader)[0], StringComparison.Ordinal); // the answer part, before the context
        Assert.Contains("\n\n" + AnswerTexts.SourcesHeader + "\n[1] ", answer, StringComparison.Ordinal);
        Assert.True(root.GetProperty("grounded").GetBoolean());
        var source = root.GetProperty("sources")[0];
        Assert.Equal(1, source.GetProperty("rank").GetInt32());
        Assert.StartsWith("Bình Phước", source.GetProperty("title").GetString(), StringComparison.Ordinal);
        var path = source.GetProperty("path").GetString()!;
        Assert.EndsWith("knowledge/binh-phuoc-2016-tap-huan-nghiep-vu-dan-van.md", path, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_workDir, path)));
        Assert.True(source.GetProperty("score").GetDouble() > 0);
        Assert.Contains("800 cán bộ", source.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskJson_QuestionsOnStdin_OneObjectPerLine()
    {
        var (exit, stdout, stderr) = await RunAsync("lop tap huan o ha nam\n\ngiá vàng hôm nay\n\"dân\" OR vận NEAR(\n", "ask", "--json");

        Assert.True(exit == 0, stderr);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        var answers = lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.True(answers[0].GetProperty("grounded").GetBoolean());
        Assert.Equal("", answers[1].GetProperty("question").GetString());
        Assert.Equal("Dòng trống: không có câu hỏi.", answers[1].GetProperty("error").GetString());
        Assert.False(answers[2].GetProperty("grounded").GetBoolean());
        Assert.Equal(0, answers[2].GetProperty("sources").GetArrayLength());
        Assert.DoesNotContain("Nguồn:", answers[2].GetProperty("answer").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskJson_HostileLinesOnStdin_EveryLineAnsweredInOrder()
    {
        var input = new MemoryStream();
        void Line(string text) => input.Write(Encoding.UTF8.GetBytes(text + "\n"));
        Line(new string('a', 1999) + "😀 dân vận");
        Line("dân\u0001vận\u001b[31m khéo\u0007\u0000");
        input.Write([0xC3, 0x28, 0xED, 0xA0, 0x80, 0xFF, (byte)'\n']); // invalid UTF-8, an encoded lone surrogate
        Line(string.Concat(Enumerable.Repeat("dân vận khéo ", 1024 * 1024 / 13)));
        Line("   ");
        Line("lop tap huan o ha nam");

        var (exit, stdout, stderr) = await RunBytesAsync(input.ToArray(), "ask", "--json");

        Assert.True(exit == 0, stderr);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(6, lines.Length);
        var answers = lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.All(answers.Take(4), a => Assert.True(a.TryGetProperty("answer", out _), a.ToString()[..200]));
        Assert.StartsWith(new string('a', 1999), answers[0].GetProperty("question").GetString(), StringComparison.Ordinal);
        Assert.True(answers[4].TryGetProperty("error", out _));
        Assert.True(answers[5].GetProperty("grounded").GetBoolean());
    }

    [Fact]
    public async Task Ingest_MixedFolderPiped_CountsEachOutcomeReportsEachRejectOnceWithoutProgressLines()
    {
        var folder = Path.Combine(_workDir, "docs");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "mot.txt"), "Tổ dân vận xã An Bình họp mỗi tháng một lần để nghe dân góp ý.");
        await File.WriteAllTextAsync(Path.Combine(folder, "hai.md"), "# Hai\n\nCán bộ dân vận phải gần dân, hiểu dân, trọng dân.");
        await File.WriteAllTextAsync(Path.Combine(folder, "bon.html"), "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 5000)) + "</body></html>");
        var odt = Path.Combine(_workDir, "ba.odt");
        await File.WriteAllTextAsync(odt, "Văn bản thường nhưng mang đuôi .odt.");

        var (exit, stdout, stderr) = await RunAsync(null, "ingest", folder, odt);

        Assert.Equal(1, exit);
        var all = stdout + stderr;
        Assert.Contains("4 tệp: 2 đã thêm, 0 đã thay, 0 không đổi, 2 lỗi.", stdout, StringComparison.Ordinal);
        Assert.Equal(2, stdout.Split("│ ba.odt").Length);
        Assert.Equal(2, stdout.Split("│ bon.html").Length);
        Assert.DoesNotContain("ba.odt", stderr, StringComparison.Ordinal);
        Assert.Contains("Không hỗ trợ loại tệp", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("warn:", all, StringComparison.Ordinal);
        Assert.DoesNotContain("Nạp tài liệu", all, StringComparison.Ordinal);

        await File.AppendAllTextAsync(Path.Combine(folder, "mot.txt"), " Biên bản gửi Đảng ủy xã.");
        (exit, stdout, _) = await RunAsync(null, "ingest", folder);

        Assert.Equal(1, exit);
        Assert.Contains("3 tệp: 0 đã thêm, 1 đã thay, 1 không đổi, 1 lỗi.", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_CorruptDatabase_ReportsPathAndLeavesFileUntouched()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Database)!);
        var garbage = Encoding.ASCII.GetBytes(new string('x', 4096));
        await File.WriteAllBytesAsync(Database, garbage);

        var (exit, stdout, stderr) = await RunAsync(null, "ask", "dân vận khéo");

        Assert.NotEqual(0, exit);
        Assert.Contains(Database, stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr + stdout, StringComparison.Ordinal);
        Assert.Equal(garbage, await File.ReadAllBytesAsync(Database));
    }

    [Fact]
    public async Task Run_WithoutBotToken_ExitsNonZeroNamingTheVariable()
    {
        var (exit, _, stderr) = await RunAsync(null, "run");

        Assert.Equal(2, exit);
        Assert.Contains("Telegram__BotToken", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Docs_OutputToAPipe_TableRowsAreNotCutAt80Columns()
    {
        var (exit, stdout, stderr) = await RunAsync(null, "docs");

        Assert.True(exit == 0, stderr);
        var row = stdout.Split('\n').Single(l => l.Contains("binh-phuoc-2016-tap-huan-nghiep-vu-dan-van.md", StringComparison.Ordinal));
        Assert.Contains("Bình Phước: Hơn 800 cán bộ, công chức tập huấn nghiệp vụ dân vận", row, StringComparison.Ordinal);
        Assert.True(row.Length > 80, row);
        Assert.DoesNotContain("…", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_FirstRun_SaysOnStderrThatItIsIndexing_LaterRunsQuiet()
    {
        var first = await RunAsync(null, "ask", "lop tap huan o ha nam");
        var second = await RunAsync(null, "ask", "lop tap huan o ha nam");

        Assert.True(first.ExitCode == 0, first.Stderr);
        Assert.StartsWith("Lần chạy đầu: đang lập chỉ mục", first.Stderr, StringComparison.Ordinal);
        Assert.Contains("Đã lập chỉ mục 5 tài liệu.", first.Stderr, StringComparison.Ordinal);
        Assert.Equal(first.Stdout, second.Stdout);
        Assert.Equal(string.Empty, second.Stderr);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_workDir, recursive: true);
        }
        catch (IOException)
        {
            // Best effort.
        }
    }
}
