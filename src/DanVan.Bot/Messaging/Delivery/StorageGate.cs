using DanVan.Core.Storage;
using Microsoft.Extensions.Logging;

namespace DanVan.Bot.Messaging.Delivery;

/// <summary>
/// Open while the database accepts writes. A storage failure anywhere (<see cref="TryClose"/>) closes it: the receivers
/// stop taking updates (no getUpdates; the webhook answers 503 so Telegram keeps them), nothing is handled or sent, and
/// the outage is reported once (log, admins, /healthz). A probe then writes a few pages every <see cref="ProbeInterval"/>
/// and reopens the gate on its own when space is back. Nothing already stored is touched, so nothing is lost.
/// </summary>
internal sealed partial class StorageGate : IDisposable
{
    /// <summary>How often a closed gate tries a write.</summary>
    internal static readonly TimeSpan ProbeInterval = TimeSpan.FromSeconds(5);

    // Large enough to need fresh pages (4 KiB each): a probe that fits in a half-empty page would reopen too early.
    private const int ProbeBytes = 64 * 1024;

    private readonly SqliteConnectionFactory _db;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Lock _lock = new();
    private readonly CancellationTokenSource _disposed = new();
    private TaskCompletionSource _open = Opened();
    private string? _reason;
    private DateTimeOffset? _since;

    public StorageGate(SqliteConnectionFactory db, TimeProvider time, ILogger<StorageGate> logger)
    {
        _db = db;
        _time = time;
        _logger = logger;
    }

    /// <summary>Raised once when the gate closes (with the reason) and once when it reopens (null).</summary>
    public event Action<string?>? Changed;

    public bool IsOpen
    {
        get
        {
            lock (_lock)
            {
                return _reason is null;
            }
        }
    }

    /// <summary>Why writes fail and since when; null while the gate is open.</summary>
    public (string Reason, DateTimeOffset Since)? Closed
    {
        get
        {
            lock (_lock)
            {
                return _reason is null ? null : (_reason, _since!.Value);
            }
        }
    }

    /// <summary>Closes the gate when <paramref name="exception"/> is a storage failure; false (and nothing done) otherwise.</summary>
    public bool TryClose(Exception exception)
    {
        if (!StorageFailure.Is(exception))
        {
            return false;
        }

        lock (_lock)
        {
            if (_reason is not null)
            {
                return true;
            }

            _reason = Innermost(exception).Message;
            _since = _time.GetUtcNow();
            _open = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        LogClosed(exception, _db.DatabasePath);
        Changed?.Invoke(_reason);
        _ = ProbeUntilOpenAsync();
        return true;
    }

    /// <summary>Completes at once while open; otherwise when the probe finds the database writable again.</summary>
    public Task WaitOpenAsync(CancellationToken cancellationToken)
    {
        Task open;
        lock (_lock)
        {
            open = _open.Task;
        }

        return open.WaitAsync(cancellationToken);
    }

    /// <summary>Tries one probe write now; reopens the gate when it succeeds. Returns whether the gate is open.</summary>
    internal bool ProbeNow()
    {
        if (IsOpen)
        {
            return true;
        }

        try
        {
            using var connection = _db.Open();
            using var command = connection.CreateCommand();
            command.CommandText = """
                INSERT OR REPLACE INTO kv(key, value) VALUES ('storage.probe', printf('%.*c', $bytes, 'x'));
                DELETE FROM kv WHERE key = 'storage.probe';
                """;
            command.Parameters.AddWithValue("$bytes", ProbeBytes);
            command.ExecuteNonQuery();
        }
        catch (Exception ex) when (ex is DatabaseException or Microsoft.Data.Sqlite.SqliteException or IOException)
        {
            return false;
        }

        TaskCompletionSource open;
        TimeSpan outage;
        lock (_lock)
        {
            outage = _time.GetUtcNow() - _since!.Value;
            _reason = null;
            _since = null;
            open = _open;
        }

        LogReopened(outage.TotalSeconds);
        Changed?.Invoke(null);
        open.TrySetResult();
        return true;
    }

    public void Dispose()
    {
        _disposed.Cancel();
        _disposed.Dispose();
    }

    private async Task ProbeUntilOpenAsync()
    {
        var token = _disposed.Token;
        try
        {
            while (true)
            {
                await Task.Delay(ProbeInterval, _time, token);
                if (ProbeNow())
                {
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // The host stopped during the outage.
        }
    }

    private static Exception Innermost(Exception exception)
    {
        var ex = exception;
        while (ex.InnerException is not null && ex is not Microsoft.Data.Sqlite.SqliteException)
        {
            ex = ex.InnerException;
        }

        return ex;
    }

    private static TaskCompletionSource Opened()
    {
        var open = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        open.SetResult();
        return open;
    }

    [LoggerMessage(Level = LogLevel.Critical,
        Message = "The database {Path} cannot be written (disk full, quota reached or read-only). The bot takes no new updates and sends nothing until it can write again; it retries on its own every 5 s. Free space on that disk")]
    private partial void LogClosed(Exception exception, string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The database can be written again after {Seconds:0} s; the bot resumes")]
    private partial void LogReopened(double seconds);
}
