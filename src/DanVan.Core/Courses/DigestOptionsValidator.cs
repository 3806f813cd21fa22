using Microsoft.Extensions.Options;

namespace DanVan.Core.Courses;

/// <summary>Checks <see cref="DigestOptions"/> at start (source-generated), with a message that says what to write instead.</summary>
[OptionsValidator]
public sealed partial class DigestOptionsValidator : IValidateOptions<DigestOptions>
{
}
