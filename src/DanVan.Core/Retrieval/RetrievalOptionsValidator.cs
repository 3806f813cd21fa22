using Microsoft.Extensions.Options;

namespace DanVan.Core.Retrieval;

/// <summary>Checks <see cref="RetrievalOptions"/> at start (source-generated from its cross-field rules).</summary>
[OptionsValidator]
public sealed partial class RetrievalOptionsValidator : IValidateOptions<RetrievalOptions>
{
}
