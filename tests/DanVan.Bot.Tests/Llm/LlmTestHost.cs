using DanVan.Bot.Llm;
using DanVan.Bot.Tests.TestDoubles;
using DanVan.Core.LanguageModels;
using DanVan.Core;
using DanVan.Core.Answering;
using DanVan.Core.Courses;
using DanVan.Core.Ingestion;
using DanVan.Core.Retrieval;
using DanVan.Core.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DanVan.Bot.Tests.Llm;

/// <summary>
/// The real registrations (AddDanVanCore + AddLlm) in a host whose configuration points at a
/// <see cref="FakeOpenAiServer"/>, with a temp SQLite file and captured logs. The fallback is the real extractive composer.
/// </summary>
internal sealed class LlmTestHost : IDisposable
{
    public const string ApiKey = "sk-test-9f8e7d6c5b4a3921-SECRET";
    public const string ChatModel = "fake-chat";
    public const string EmbeddingModel = "fake-embed";

    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"danvan-llm-{Guid.NewGuid():N}.db");

    private LlmTestHost(Dictionary<string, string?> settings, bool llmFirst)
    {
        settings["Storage:DatabasePath"] = _databasePath;
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(Logs);
        builder.Logging.SetMinimumLevel(LogLevel.Trace);
        if (llmFirst)
        {
            builder.AddLlm();
        }

        builder.AddDanVanCore();
        if (!llmFirst)
        {
            builder.AddLlm();
        }

        Host = builder.Build();
    }

    public IHost Host { get; }

    public CapturingLoggerProvider Logs { get; } = new();

    /// <summary>A host in LLM mode against <paramref name="server"/>; <paramref name="configure"/> adjusts the settings.</summary>
    public static LlmTestHost ForServer(FakeOpenAiServer server, Action<Dictionary<string, string?>>? configure = null, bool llmFirst = false)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Llm:Provider"] = "OpenAI",
            ["Llm:Endpoint"] = server.BaseUrl.ToString(),
            ["Llm:ApiKey"] = ApiKey,
            ["Llm:ChatModel"] = ChatModel,
            ["Llm:TimeoutSeconds"] = "10",
        };
        configure?.Invoke(settings);
        return new LlmTestHost(settings, llmFirst);
    }

    public static LlmTestHost WithSettings(Dictionary<string, string?> settings, bool llmFirst = false) => new(settings, llmFirst);

    public T Get<T>() where T : notnull => Host.Services.GetRequiredService<T>();

    /// <summary>What the extractive composer alone answers: the expected text of a fallback.</summary>
    public async Task<string> ExtractiveTextAsync(string question, IReadOnlyList<RetrievedPassage> passages) =>
        (await Get<ExtractiveAnswerComposer>().ComposeAsync(question, passages)).Text;

    /// <summary>Inserts one document whose passages are <paramref name="texts"/>; returns their ids in order.</summary>
    public List<long> SeedDocument(string title, IEnumerable<string> texts)
    {
        using var connection = Get<SqliteConnectionFactory>().Open();
        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO documents (source_key, title, content_hash, added_at) VALUES ($title, $title, 'h', '2025-01-01') RETURNING id;";
        insert.Parameters.AddWithValue("$title", title);
        var documentId = (long)insert.ExecuteScalar()!;
        insert.CommandText = "INSERT INTO passages (document_id, ordinal, text) VALUES ($doc, 0, $text) RETURNING id;";
        insert.Parameters.AddWithValue("$doc", documentId);
        var text = insert.Parameters.AddWithValue("$text", string.Empty);
        var ids = new List<long>();
        foreach (var passage in texts)
        {
            text.Value = passage;
            ids.Add((long)insert.ExecuteScalar()!);
        }

        transaction.Commit();
        return ids;
    }

    /// <summary>Ingests a text document through the real pipeline (chunking, index); fails the test if it is not stored.</summary>
    public async Task IngestAsync(string fileName, string text)
    {
        var result = await Get<IKnowledgeAdmin>().IngestAsync(System.Text.Encoding.UTF8.GetBytes(text), fileName, "test");
        if (result.Passages == 0)
        {
            throw new InvalidOperationException($"{fileName} was not ingested: {result.Status}.");
        }
    }

    /// <summary>Today in Vietnam, as the calendar tool and the prompt's {{$hom_nay}} see it.</summary>
    public static DateOnly Today => DigestSchedule.FromOptions(new DigestOptions()).LocalDate(TimeProvider.System.GetUtcNow());

    /// <summary>The system message the shipped template renders to (rules, with today's date).</summary>
    public static string ShippedSystemMessage()
    {
        var template = File.ReadAllText(new LlmOptions().PromptTemplateFullPath);
        var start = template.IndexOf('>', template.IndexOf("<message role=\"system\">", StringComparison.Ordinal)) + 1;
        var body = template[start..template.IndexOf("</message>", start, StringComparison.Ordinal)].Trim();
        return body.Replace("{{$hom_nay}}", VietnameseDateFormat.Format(Today), StringComparison.Ordinal);
    }

    public long Count(string sql)
    {
        using var connection = Get<SqliteConnectionFactory>().Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    public void Dispose()
    {
        Host.Dispose();
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
        {
            File.Delete(_databasePath + suffix);
        }
    }
}
