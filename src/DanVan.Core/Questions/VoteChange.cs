namespace DanVan.Core.Questions;

/// <summary>How a vote changed the stored state.</summary>
public enum VoteChange
{
    /// <summary>The question is not in the log (purged, or never recorded).</summary>
    NotFound,

    /// <summary>This user's first vote on this answer.</summary>
    Added,

    /// <summary>The user had voted the other way; the vote was changed.</summary>
    Changed,

    /// <summary>The same vote again; nothing changed.</summary>
    Unchanged,
}
