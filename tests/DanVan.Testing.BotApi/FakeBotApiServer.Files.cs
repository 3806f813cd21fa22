using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace DanVan.Testing.BotApi;

/// <summary>Files: registration, getFile (with the cloud API's 20 MB refusal) and downloads.</summary>
public sealed partial class FakeBotApiServer
{
    private readonly Dictionary<string, (byte[] Content, string Path, long Size)> _files = [];

    /// <summary>Registers a file for getFile and download; <paramref name="declaredSize"/> overrides the size Telegram reports.</summary>
    public string AddFile(byte[] content, string extension = "bin", long? declaredSize = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        lock (_lock)
        {
            var id = $"FILE{_files.Count + 1:D4}";
            _files[id] = (content, $"documents/file_{_files.Count + 1}.{extension}", declaredSize ?? content.Length);
            return id;
        }
    }

    private JsonObject GetFile(JsonObject p)
    {
        var fileId = p["file_id"]?.ToString() ?? "";
        lock (_lock)
        {
            if (!_files.TryGetValue(fileId, out var file))
            {
                return Error(400, "Bad Request: invalid file_id");
            }

            // The cloud Bot API refuses getFile for files over 20 MB.
            return file.Size > 20L * 1024 * 1024
                ? Error(400, "Bad Request: file is too big")
                : Ok(new JsonObject { ["file_id"] = fileId, ["file_unique_id"] = "u" + fileId, ["file_size"] = file.Size, ["file_path"] = file.Path });
        }
    }

    private async Task ServeFileAsync(HttpContext context, string path)
    {
        byte[]? content;
        lock (_lock)
        {
            content = _files.Values.FirstOrDefault(f => f.Path == path).Content;
        }

        if (content is null)
        {
            await WriteAsync(context, 404, Error(404, "Not Found"));
            return;
        }

        context.Response.ContentType = "application/octet-stream";
        context.Response.ContentLength = content.Length;
        await context.Response.Body.WriteAsync(content);
    }
}
