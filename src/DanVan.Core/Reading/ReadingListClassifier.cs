using DanVan.Core.Questions;

namespace DanVan.Core.Reading;

/// <summary>
/// For the report of unanswered questions (<c>/unanswered</c>, <c>questions unanswered</c>): the recommended document,
/// not yet loaded, that a question names — so admins see which missing document would answer most questions. Null when
/// the question names none, or only documents already loaded (those questions group by their words again).
/// </summary>
public sealed class ReadingListClassifier : IMissingDocumentClassifier
{
    private readonly ReadingCoverage _coverage;

    public ReadingListClassifier(ReadingCoverage coverage) => _coverage = coverage;

    /// <summary>The first missing listed document the question names, as users see it: title (số …).</summary>
    public string? Classify(string question)
    {
        var missing = string.IsNullOrWhiteSpace(question) ? [] : _coverage.MissingDocumentsNamedIn(question);
        return missing.Count > 0 ? missing[0].DisplayName : null;
    }
}
