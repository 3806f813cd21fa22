namespace DanVan.Bot.Messaging.Api;

/// <summary>An in-memory download target that refuses to grow past <c>maxBytes</c> (throws <see cref="DownloadTooLargeException"/>).</summary>
public sealed class BoundedBuffer(long maxBytes) : MemoryStream
{
    public long MaxBytes { get; } = maxBytes;

    public override void Write(byte[] buffer, int offset, int count)
    {
        EnsureRoom(count);
        base.Write(buffer, offset, count);
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        EnsureRoom(buffer.Length);
        base.Write(buffer);
    }

    public override void WriteByte(byte value)
    {
        EnsureRoom(1);
        base.WriteByte(value);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        EnsureRoom(count);
        return base.WriteAsync(buffer, offset, count, cancellationToken);
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        EnsureRoom(buffer.Length);
        return base.WriteAsync(buffer, cancellationToken);
    }

    private void EnsureRoom(int count)
    {
        if (Position + count > MaxBytes)
        {
            throw new DownloadTooLargeException(MaxBytes);
        }
    }
}
