using DanVan.Core.Ingestion;
using DanVan.Core.Storage;
using DanVan.Core.Tests.Ingestion.Readers.Docx;
using DanVan.Core.Tests.Support;

namespace DanVan.Core.Tests.Ingestion;

/// <summary>
/// Corrupted uploads through the whole pipeline into a real database: every one is either stored whole or refused with
/// a reason, and a refusal leaves the database exactly as it was (documents, passages and FTS rows).
/// </summary>
public sealed class IngestionFuzzTests
{
    [Fact]
    public async Task IngestAsync_CorruptedVariants_AreStoredWholeOrRefusedWithDatabaseUnchanged()
    {
        using var services = new CoreServices();
        var admin = services.Get<IKnowledgeAdmin>();
        var docx = new TestDocxBuilder { Title = "Quy chế dân vận" }
            .Paragraph("Chương I", "Heading1")
            .Paragraph("Điều 1. Cán bộ xã tiếp dân định kỳ mỗi quý.")
            .Table(["Nội dung", "Thời gian"], ["Tiếp dân", "Quý I"])
            .Build();
        var html = "<html><head><title>Tập huấn</title></head><body><article><h1>Tập huấn dân vận</h1><p>Sáng 30/3, hội nghị khai mạc.</p></article></body></html>"u8.ToArray();
        var text = "Dân vận khéo\n\nPhong trào thi đua được triển khai sâu rộng từ tỉnh đến cơ sở."u8.ToArray();
        var random = new Random(20261124);
        var refused = 0;
        var stored = 0;
        for (var i = 0; i < 240; i++)
        {
            var source = (i % 3) switch { 0 => docx, 1 => html, _ => text };
            var variant = Corrupt(source, random);
            var before = Snapshot(services);
            var result = await admin.IngestAsync(variant, $"fuzz-{i}{(i % 3 == 0 ? ".docx" : i % 3 == 1 ? ".html" : ".txt")}", "fuzz");
            if (result.Status == IngestStatus.Failed)
            {
                refused++;
                Assert.False(string.IsNullOrWhiteSpace(result.Reason));
                Assert.Equal(before, Snapshot(services));
            }
            else
            {
                stored++;
                var after = Snapshot(services);
                Assert.Equal(after.Passages, after.FtsRows);
            }
        }

        Assert.True(refused > 20, $"only {refused} variants were refused");
        Assert.True(stored > 0);
    }

    private static byte[] Corrupt(byte[] source, Random random)
    {
        var bytes = (byte[])source.Clone();
        switch (random.Next(3))
        {
            case 0:
                return bytes[..random.Next(bytes.Length)];
            case 1:
                for (var k = 0; k < 1 + random.Next(8); k++)
                {
                    bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
                }

                return bytes;
            default:
                var noise = new byte[random.Next(1, 2048)];
                random.NextBytes(noise);
                return noise;
        }
    }

    private static (long Documents, long Passages, long FtsRows) Snapshot(CoreServices services)
    {
        using var connection = services.Get<SqliteConnectionFactory>().Open();
        long Count(string table)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT count(*) FROM {table}";
            return (long)command.ExecuteScalar()!;
        }

        return (Count("documents"), Count("passages"), Count("passage_terms"));
    }
}
