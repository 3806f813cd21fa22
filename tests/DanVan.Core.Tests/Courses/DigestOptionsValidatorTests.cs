using DanVan.Core.Courses;

namespace DanVan.Core.Tests.Courses;

public sealed class DigestOptionsValidatorTests
{
    [Fact]
    public void Validate_Defaults_Succeeds()
    {
        Assert.True(new DigestOptionsValidator().Validate(null, new DigestOptions()).Succeeded);
    }

    [Fact]
    public void Validate_UnknownZone_FailsNamingTheSetting()
    {
        var result = new DigestOptionsValidator().Validate(null, new DigestOptions { TimeZone = "Mars/Olympus" });

        Assert.True(result.Failed);
        Assert.Contains("Digest:TimeZone 'Mars/Olympus'", result.FailureMessage);
    }
}
