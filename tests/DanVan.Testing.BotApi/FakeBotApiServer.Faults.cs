using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace DanVan.Testing.BotApi;

/// <summary>Fault injection: per-method queues of <see cref="FakeFault"/>.</summary>
public sealed partial class FakeBotApiServer
{
    /// <summary>The next call of <paramref name="method"/> ("sendMessage", "getUpdates", "file" for downloads…) gets this fault.</summary>
    public void EnqueueFault(string method, FakeFault fault)
    {
        lock (_lock)
        {
            if (!_faults.TryGetValue(method, out var queue))
            {
                _faults[method] = queue = new Queue<FakeFault>();
            }

            queue.Enqueue(fault);
        }
    }

    private async Task<bool> ApplyFaultAsync(HttpContext context, string method)
    {
        FakeFault? fault;
        lock (_lock)
        {
            fault = _faults.TryGetValue(method, out var queue) && queue.Count > 0 ? queue.Dequeue() : null;
        }

        if (fault is null)
        {
            return false;
        }

        if (fault.Delay > TimeSpan.Zero)
        {
            try
            {
                using var aborted = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token);
                await Task.Delay(fault.Delay, aborted.Token);
            }
            catch (OperationCanceledException)
            {
                return true;
            }
        }

        if (fault.DropConnection)
        {
            context.Abort();
            return true;
        }

        if (fault.RawBody is not null)
        {
            context.Response.StatusCode = fault.StatusCode ?? 502;
            context.Response.ContentType = "text/html";
            await context.Response.WriteAsync(fault.RawBody);
            return true;
        }

        if (fault.StatusCode is { } code)
        {
            var parameters = new JsonObject();
            if (fault.RetryAfter is { } retryAfter)
            {
                parameters["retry_after"] = retryAfter;
            }

            if (fault.MigrateToChatId is { } migrateTo)
            {
                parameters["migrate_to_chat_id"] = migrateTo;
            }

            await WriteAsync(context, code, Error(code, fault.Description ?? "error", parameters.Count > 0 ? parameters : null));
            return true;
        }

        return false;
    }
}
