using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace DanVan.Core.Ingestion.Readers;

/// <summary>
/// Runs Poppler's <c>pdftotext -layout -enc UTF-8 file -</c> on a temporary copy of the PDF and returns its output
/// (pages separated by form feeds). The process is killed when it exceeds the timeout or its output grows too large.
/// </summary>
internal static class PdfToTextRunner
{
    private const int MaxOutputBytes = 64 * 1024 * 1024;
    private const int MaxErrorBytes = 16 * 1024;

    public static async Task<string> ExtractAsync(string executable, TimeSpan timeout, byte[] pdf, CancellationToken cancellationToken)
    {
        var tempFile = Path.Combine(Path.GetTempPath(), $"danvan-{Guid.NewGuid():N}.pdf");
        try
        {
            await File.WriteAllBytesAsync(tempFile, pdf, cancellationToken);
            return await RunAsync(executable, timeout, tempFile, cancellationToken);
        }
        finally
        {
            File.Delete(tempFile);
        }
    }

    private static async Task<string> RunAsync(string executable, TimeSpan timeout, string pdfPath, CancellationToken cancellationToken)
    {
        var startInfo = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        foreach (var argument in new[] { "-layout", "-enc", "UTF-8", pdfPath, "-" })
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = new Process { StartInfo = startInfo };
        try
        {
            process.Start();
        }
        catch (Win32Exception ex)
        {
            throw new DocumentFormatException(
                $"Không chạy được chương trình “{executable}” để đọc PDF ({ex.Message}). Máy chủ cần cài gói poppler-utils " +
                "(apt-get install poppler-utils) hoặc đặt đường dẫn đúng trong Ingestion:PdfToTextPath.", ex);
        }

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        var output = ReadBoundedAsync(process.StandardOutput.BaseStream, MaxOutputBytes, failWhenFull: true, limit.Token);
        var errors = ReadBoundedAsync(process.StandardError.BaseStream, MaxErrorBytes, failWhenFull: false, limit.Token);
        try
        {
            // Output first: when it overflows, the process is killed at once instead of blocking on a full pipe.
            await output;
            await errors;
            await process.WaitForExitAsync(limit.Token);
        }
        catch (Exception ex) when (ex is OperationCanceledException or DocumentFormatException)
        {
            Kill(process);
            await Task.WhenAll(output, errors).ContinueWith(_ => { }, TaskScheduler.Default);
            cancellationToken.ThrowIfCancellationRequested();
            throw ex as DocumentFormatException ?? new DocumentFormatException(
                $"Đọc PDF quá {timeout.TotalSeconds:0} giây nên đã dừng; tệp quá lớn hoặc bị hỏng.", ex);
        }

        var stderr = Encoding.UTF8.GetString(await errors);
        if (process.ExitCode != 0)
        {
            throw new DocumentFormatException(ExitReason(process.ExitCode, stderr));
        }

        return Encoding.UTF8.GetString(await output);
    }

    private static string ExitReason(int exitCode, string stderr)
    {
        if (exitCode == 3 || stderr.Contains("password", StringComparison.OrdinalIgnoreCase)
            || stderr.Contains("encrypt", StringComparison.OrdinalIgnoreCase))
        {
            return "Tệp PDF được đặt mật khẩu hoặc khóa quyền trích chữ. Hãy gỡ mật khẩu rồi gửi lại.";
        }

        var detail = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .FirstOrDefault(l => l.Contains("error", StringComparison.OrdinalIgnoreCase)) ?? "không rõ lý do";
        return $"Tệp PDF bị hỏng hoặc không đọc được (pdftotext thoát với mã {exitCode}: {detail}).";
    }

    /// <summary>Reads a stream to its end keeping at most <paramref name="maxBytes"/>; past that it fails or discards the rest.</summary>
    private static async Task<byte[]> ReadBoundedAsync(Stream stream, int maxBytes, bool failWhenFull, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            var room = maxBytes - (int)buffer.Length;
            if (read > room && failWhenFull)
            {
                throw new DocumentFormatException(
                    $"Chữ trích ra từ PDF vượt {maxBytes / (1024 * 1024)} MB; tệp quá lớn để nạp một lần, hãy tách nhỏ.");
            }

            buffer.Write(chunk, 0, Math.Min(read, room));
        }

        return buffer.ToArray();
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }
    }
}
