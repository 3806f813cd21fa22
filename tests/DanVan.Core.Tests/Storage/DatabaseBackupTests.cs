using System.Security.Cryptography;
using System.Text;
using DanVan.Core.Courses;
using DanVan.Core.Documents;
using DanVan.Core.Storage;
using DanVan.Core.Tests.Support;
using Microsoft.Data.Sqlite;

namespace DanVan.Core.Tests.Storage;

public sealed class DatabaseBackupTests : IDisposable
{
    private readonly CoreServices _services = new();

    private SqliteConnectionFactory Factory => _services.Get<SqliteConnectionFactory>();

    private static PreparedDocument Document(int i) =>
        new($"doc-{i}", null, "test", $"hash-{i}", new DocumentMetadata($"Tài liệu {i}", "Báo", new DateOnly(2026, 1, 1), "Hà Nam"),
            Enumerable.Range(0, 6).Select(p => new Chunk(p, null, $"Đoạn {p} của tài liệu số {i}: xã mẫu làm dân vận khéo.")).ToList());

    // Documents, passages (with text) and courses, as one digest: equal digests mean identical contents.
    private static (long Documents, long Courses, string Digest) Fingerprint(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        var text = new StringBuilder();
        long documents = 0, courses = 0;
        foreach (var (sql, counter) in new (string, int)[]
        {
            ("SELECT id, source_key, content_hash, title, passage_count FROM documents ORDER BY id", 1),
            ("SELECT id, document_id, ordinal, text FROM passages ORDER BY id", 0),
            ("SELECT id, title, start_date, end_date, origin FROM courses ORDER BY id", 2),
        })
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                documents += counter == 1 ? 1 : 0;
                courses += counter == 2 ? 1 : 0;
                for (var c = 0; c < reader.FieldCount; c++)
                {
                    text.Append(reader.IsDBNull(c) ? "∅" : reader.GetValue(c)).Append('|');
                }

                text.Append('\n');
            }
        }

        return (documents, courses, Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()))));
    }

    private static long Scalar(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    [Fact]
    public async Task Backup_DuringWrites_IsConsistentAndRestoresToIdenticalContents()
    {
        var store = _services.Get<KnowledgeStore>();
        var courses = new CourseStore(Factory, TimeProvider.System);
        store.Write([Document(0)]);
        using var stop = new CancellationTokenSource();
        var written = 0;
        var writer = Task.Run(async () =>
        {
            for (var i = 1; !stop.IsCancellationRequested && i < 5000; i++)
            {
                store.Write([Document(i)]);
                await courses.AddAsync(new NewCourse($"Lớp {i}", new DateOnly(2026, 12, 1).AddDays(i % 300), null, null, "test"));
                written = i;
            }
        });
        while (Volatile.Read(ref written) < 5)
        {
            await Task.Delay(10);
        }

        var backupPath = _services.Directory.File("backups/danvan-copy.db");
        var info = await _services.Get<DatabaseBackup>().BackupAsync(backupPath);
        var writtenAtBackup = Volatile.Read(ref written);
        await Task.Delay(50);
        await stop.CancelAsync();
        await writer;

        // A consistent moment: every document whole, every course of a written document present.
        var copy = Fingerprint(backupPath);
        Assert.True(copy.Documents >= 5, $"{copy.Documents} documents in the copy");
        Assert.Equal(copy.Documents * 6, info.Passages);
        Assert.Equal(0, Scalar(backupPath, "SELECT count(*) FROM documents d WHERE passage_count <> (SELECT count(*) FROM passages p WHERE p.document_id = d.id)"));
        Assert.InRange(copy.Courses, copy.Documents - 2, copy.Documents);
        Assert.False(File.Exists(backupPath + "-wal"));
        Assert.True(Fingerprint(Factory.DatabasePath).Documents > copy.Documents || writtenAtBackup + 1 == copy.Documents);

        var restored = _services.Get<DatabaseBackup>().Restore(backupPath);

        Assert.Equal(copy, Fingerprint(Factory.DatabasePath));
        Assert.Equal(Factory.DatabasePath + ".before-restore", restored.KeptPrevious);
        Assert.True(File.Exists(restored.KeptPrevious));
        // The restored database is usable for new writes.
        store.Write([Document(9999)]);
        Assert.Equal(copy.Documents + 1, store.List().Count);
    }

    [Fact]
    public void Restore_CorruptFile_RefusedAndDatabaseUntouched()
    {
        _services.Get<KnowledgeStore>().Write([Document(1)]);
        var before = Fingerprint(Factory.DatabasePath);
        var bad = _services.Directory.File("bad.db");
        File.WriteAllBytes(bad, Encoding.ASCII.GetBytes(new string('x', 8192)));

        var error = Assert.Throws<DatabaseException>(() => _services.Get<DatabaseBackup>().Restore(bad));

        Assert.Contains(bad, error.Message, StringComparison.Ordinal);
        Assert.Equal(before, Fingerprint(Factory.DatabasePath));
    }

    [Fact]
    public async Task Restore_DamagedPage_FailsIntegrityCheck()
    {
        _services.Get<KnowledgeStore>().Write(Enumerable.Range(1, 40).Select(Document).ToList());
        var copy = _services.Directory.File("copy.db");
        await _services.Get<DatabaseBackup>().BackupAsync(copy);
        var bytes = await File.ReadAllBytesAsync(copy);
        // Overwrite the middle of the file (index and table pages), keeping the header intact.
        Array.Fill(bytes, (byte)0x5A, bytes.Length / 2, 4096);
        await File.WriteAllBytesAsync(copy, bytes);

        var error = Assert.Throws<DatabaseException>(() => _services.Get<DatabaseBackup>().Restore(copy));

        Assert.Contains(copy, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Restore_NewerSchemaVersion_Refused()
    {
        var other = _services.Directory.File("future.db");
        using (var connection = new SqliteConnection($"Data Source={other};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"CREATE TABLE documents (id INTEGER); PRAGMA user_version = {Migrations.LatestVersion + 1};";
            command.ExecuteNonQuery();
        }

        var error = Assert.Throws<DatabaseException>(() => _services.Get<DatabaseBackup>().Restore(other));

        Assert.Contains("phiên bản lược đồ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restore_WhileAnotherProcessHoldsTheDatabase_RefusedAndNothingReplaced()
    {
        var copy = _services.Directory.File("copy.db");
        await _services.Get<DatabaseBackup>().BackupAsync(copy);
        _services.Get<KnowledgeStore>().Write([Document(1)]);
        var before = Fingerprint(Factory.DatabasePath);

        using (DatabaseLock.AcquireShared(Factory.DatabasePath))
        {
            var error = Assert.Throws<DatabaseException>(() => _services.Get<DatabaseBackup>().Restore(copy));
            Assert.Contains("đang được dùng", error.Message, StringComparison.Ordinal);
        }

        Assert.Equal(before, Fingerprint(Factory.DatabasePath));
        _services.Get<DatabaseBackup>().Restore(copy);
        Assert.Equal(0, Fingerprint(Factory.DatabasePath).Documents);
    }

    [Fact]
    public void AcquireShared_DuringRestore_Refused()
    {
        using var exclusive = DatabaseLock.TryAcquireExclusive(Factory.DatabasePath);
        Assert.NotNull(exclusive);

        Assert.Throws<DatabaseException>(() => DatabaseLock.AcquireShared(Factory.DatabasePath));
        Assert.Null(DatabaseLock.TryAcquireExclusive(Factory.DatabasePath));
    }

    [Fact]
    public async Task Backup_OntoTheDatabaseItself_Refused()
    {
        await Assert.ThrowsAsync<DatabaseException>(() => _services.Get<DatabaseBackup>().BackupAsync(Factory.DatabasePath));
    }

    public void Dispose() => _services.Dispose();
}
