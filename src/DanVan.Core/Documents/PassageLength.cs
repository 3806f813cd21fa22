namespace DanVan.Core.Documents;

/// <summary>How long a passage is: about <see cref="Target"/> characters, never more than <see cref="Max"/>.</summary>
public static class PassageLength
{
    /// <summary>The length passages are grouped to (and over-long text is cut to).</summary>
    public const int Target = 700;

    /// <summary>The hard maximum length of a passage.</summary>
    public const int Max = 1200;
}
