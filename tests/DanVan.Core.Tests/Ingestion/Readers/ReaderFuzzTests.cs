using System.Diagnostics;
using System.Text;
using DanVan.Core.Ingestion.Readers;
using DanVan.Core.Tests.Ingestion.Readers.Docx;
using DanVan.Core.Tests.Ingestion.Readers.Pdf;
using Xunit.Abstractions;

namespace DanVan.Core.Tests.Ingestion.Readers;

/// <summary>
/// Damaged and random files through the registry: each must give a document or a <see cref="DocumentFormatException"/>,
/// never another exception and never a hang. Fixed seed, so a failure reproduces.
/// </summary>
public sealed class ReaderFuzzTests(ITestOutputHelper output)
{
    private const int Seed = 1979;
    private static readonly TimeSpan PerFileLimit = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task ReadAsync_TruncatedBitFlippedAndRandomInputs_ReturnDocumentOrFormatErrorOnly()
    {
        var random = new Random(Seed);
        var registry = ReaderTestFiles.Registry();
        var inputs = new List<(string Name, byte[] Content)>();
        foreach (var (name, fixture, count) in Fixtures())
        {
            for (var i = 0; i < count; i++)
            {
                inputs.Add(($"{i}-{name}", Mutate(fixture, random)));
            }
        }

        for (var i = 0; i < 300; i++)
        {
            var bytes = new byte[random.Next(0, 4096)];
            random.NextBytes(bytes);
            inputs.Add(($"random-{i}{(i % 2 == 0 ? ".txt" : string.Empty)}", bytes));
        }

        var failures = new List<string>();
        var reasons = new Dictionary<string, int>();
        int documents = 0, refusals = 0;
        var stopwatch = Stopwatch.StartNew();
        foreach (var (name, content) in inputs)
        {
            try
            {
                await registry.ReadAsync(content, name).WaitAsync(PerFileLimit);
                documents++;
            }
            catch (DocumentFormatException ex) when (ex.Message.StartsWith("Không đọc được tệp", StringComparison.Ordinal))
            {
                // The registry's safety net caught an exception the reader should have turned into a reason itself.
                failures.Add($"{name}: reader leaked {ex.InnerException?.GetType().Name}: {ex.InnerException?.Message}");
            }
            catch (DocumentFormatException ex) when (!string.IsNullOrWhiteSpace(ex.Message))
            {
                refusals++;
                var reason = ex.Message[..Math.Min(60, ex.Message.Length)];
                reasons[reason] = reasons.GetValueOrDefault(reason) + 1;
            }
            catch (Exception ex)
            {
                failures.Add($"{name}: {ex.GetType().Name}: {ex.Message}");
            }
        }

        output.WriteLine($"{inputs.Count} inputs in {stopwatch.Elapsed.TotalSeconds:0.0} s: {documents} read, {refusals} refused");
        foreach (var (reason, count) in reasons.OrderByDescending(r => r.Value).Take(8))
        {
            output.WriteLine($"{count,5} × {reason}");
        }

        Assert.Empty(failures);
        Assert.True(documents > 0 && refusals > 0, "the variants should include both readable and unreadable files");
    }

    private static IEnumerable<(string Name, byte[] Content, int Count)> Fixtures()
    {
        var docx = new TestDocxBuilder { Title = "Sổ tay" }
            .Paragraph("Chương I", "Heading1")
            .Paragraph("Công tác dân vận là nhiệm vụ của cả hệ thống chính trị.")
            .NumberedItem("Gần dân")
            .Table(["Đơn vị", "Số buổi"], ["Xã A", "12"])
            .Build();
        const string html = """
            <!DOCTYPE html><html><head><title>Tin</title><meta property="og:title" content="Dân vận khéo"></head>
            <body><nav>Trang chủ</nav><article><h1>Dân vận khéo</h1><p>Vận động nhân dân hiến đất làm đường.</p>
            <ul><li>Gần dân</li></ul><table><tr><td>Xã A</td><td>12</td></tr></table></article>
            <div class="share">Chia sẻ</div><footer>Bản quyền</footer><script>var a = 1;</script></body></html>
            """;
        const string text = "---\ntitle: Ghi chép\n---\n# Dân vận\nĐoạn một kết thúc.\nĐoạn hai\nnối dòng.\n- Mục\n| a | b |\n";

        yield return ("so-tay.docx", docx, 300);
        yield return ("tin.html", Encoding.UTF8.GetBytes(html), 300);
        yield return ("ghi-chep.md", Encoding.UTF8.GetBytes(text), 150);
        yield return ("ghi-chep-utf16.txt", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray(), 75);
        yield return ("ghi-chep-1258.txt", ReaderTestFiles.EncodeWindows1258(text), 75);
        yield return ("ascii.pdf", MinimalPdf.Create(["Mass mobilisation", "guide for cadres."]), 40);
        yield return ("vietnamese.pdf", ReaderTestFiles.VietnamesePdf(), 40);
    }

    /// <summary>Truncation, bit flips, or both.</summary>
    private static byte[] Mutate(byte[] original, Random random)
    {
        var bytes = (byte[])original.Clone();
        var mode = random.Next(3);
        if (mode is 0 or 2)
        {
            bytes = bytes[..random.Next(0, bytes.Length)];
        }

        if (mode is 1 or 2 && bytes.Length > 0)
        {
            var flips = random.Next(1, 9);
            for (var i = 0; i < flips; i++)
            {
                bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
            }
        }

        return bytes;
    }
}
