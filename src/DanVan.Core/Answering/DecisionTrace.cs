namespace DanVan.Core.Answering;

/// <summary>
/// An opt-in record of why the offline answer decided as it did: the support found against the threshold, what the
/// question read as, and the best windows a check set aside with the check that did. Off unless a caller opens a scope
/// (<c>eval --verbose</c> does, per question), so answering pays nothing for it.
/// </summary>
public static class DecisionTrace
{
    private static readonly AsyncLocal<(List<string> Lines, DecisionSignals Signals)?> Current = new();

    /// <summary>True inside a scope: the answering code records its reasons.</summary>
    internal static bool IsOn => Current.Value is not null;

    /// <summary>The signals of the current scope (null outside one).</summary>
    internal static DecisionSignals? Signals => Current.Value?.Signals;

    /// <summary>Opens a scope on this async flow; the lines recorded until it is disposed land in <paramref name="lines"/>.</summary>
    public static IDisposable Begin(out IReadOnlyList<string> lines) => Begin(out lines, out _);

    /// <summary>Opens a scope recording the decision's lines and its signals as values.</summary>
    public static IDisposable Begin(out IReadOnlyList<string> lines, out DecisionSignals signals)
    {
        var previous = Current.Value;
        var list = new List<string>();
        signals = new DecisionSignals();
        Current.Value = (list, signals);
        lines = list;
        return new Scope(previous);
    }

    /// <summary>Records a line inside a scope; callers building a costly line check <see cref="IsOn"/> first.</summary>
    internal static void Add(string line) => Current.Value?.Lines.Add(line);

    private sealed class Scope((List<string> Lines, DecisionSignals Signals)? previous) : IDisposable
    {
        public void Dispose() => Current.Value = previous;
    }
}
