namespace DanVan.Core.Answering;

/// <summary>
/// An opt-in record of why the offline answer decided as it did: the support found against the threshold, what the
/// question read as, and the best windows a check set aside with the check that did. Off unless a caller opens a scope
/// (<c>eval --verbose</c> does, per question), so answering pays nothing for it.
/// </summary>
public static class DecisionTrace
{
    private static readonly AsyncLocal<List<string>?> CurrentLines = new();

    /// <summary>True inside a scope: the answering code records its reasons.</summary>
    internal static bool IsOn => CurrentLines.Value is not null;

    /// <summary>Opens a scope on this async flow; the lines recorded until it is disposed land in <paramref name="lines"/>.</summary>
    public static IDisposable Begin(out IReadOnlyList<string> lines)
    {
        var previous = CurrentLines.Value;
        var list = new List<string>();
        CurrentLines.Value = list;
        lines = list;
        return new Scope(previous);
    }

    /// <summary>Records a line inside a scope; callers building a costly line check <see cref="IsOn"/> first.</summary>
    internal static void Add(string line) => CurrentLines.Value?.Add(line);

    private sealed class Scope(List<string>? previous) : IDisposable
    {
        public void Dispose() => CurrentLines.Value = previous;
    }
}
