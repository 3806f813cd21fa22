using System.Numerics.Tensors;
using System.Runtime.InteropServices;

namespace DanVan.Core.Retrieval;

/// <summary>Unit-length float vectors and their storage form (little-endian float32 bytes).</summary>
internal static class VectorMath
{
    /// <summary>A copy scaled to unit length (a zero vector stays zero), so cosine similarity is a dot product.</summary>
    public static float[] Normalize(ReadOnlySpan<float> vector)
    {
        var result = vector.ToArray();
        var norm = TensorPrimitives.Norm(result);
        if (norm > 0f && float.IsFinite(norm))
        {
            TensorPrimitives.Divide(result, norm, result);
        }

        return result;
    }

    public static byte[] ToBlob(float[] vector)
    {
        EnsureLittleEndian();
        return MemoryMarshal.AsBytes(vector.AsSpan()).ToArray();
    }

    public static float[] FromBlob(byte[] blob)
    {
        EnsureLittleEndian();
        if (blob.Length % sizeof(float) != 0)
        {
            throw new InvalidDataException($"A stored vector has {blob.Length} bytes, not a whole number of float32 values.");
        }

        return MemoryMarshal.Cast<byte, float>(blob).ToArray();
    }

    public static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b) => TensorPrimitives.Dot(a, b);

    private static void EnsureLittleEndian()
    {
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("Stored embeddings are little-endian float32; this platform is big-endian.");
        }
    }
}
