using Microsoft.Extensions.Options;

namespace DanVan.Core.Courses;

/// <summary>Checks Digest:Time and Digest:TimeZone at start, with a message that says what to write instead.</summary>
public sealed class DigestOptionsValidator : IValidateOptions<DigestOptions>
{
    public ValidateOptionsResult Validate(string? name, DigestOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return DigestSchedule.TryCreate(options, out _, out var error)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(error!);
    }
}
