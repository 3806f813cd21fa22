using DanVan.Core.Questions;
using DanVan.Core.Reading;
using DanVan.Core.Retrieval;
using DanVan.Core.Storage;

namespace DanVan.Core.Tests.Settings;

/// <summary>The source-generated validators keep the messages that tell the operator what to set.</summary>
public sealed class OptionsValidatorTests
{
    [Fact]
    public void RetrievalOptionsValidator_Defaults_Succeed() =>
        Assert.True(new RetrievalOptionsValidator().Validate(null, new RetrievalOptions()).Succeeded);

    [Fact]
    public void RetrievalOptionsValidator_CandidatesBelowTopKAndRelevanceAboveOne_NamesBothSettings()
    {
        var result = new RetrievalOptionsValidator().Validate(null, new RetrievalOptions { TopK = 10, Candidates = 5, MinRelevance = 1.5 });

        Assert.Equal(["Retrieval:Candidates must be at least Retrieval:TopK.", "Retrieval:MinRelevance must be between 0 and 1."], result.Failures);
    }

    [Fact]
    public void QuestionLogOptionsValidator_RetentionOutOfRange_ReportsTheRangeMessageAsWritten()
    {
        var result = new QuestionLogOptionsValidator().Validate(null, new QuestionLogOptions { RetentionDays = 0 });

        Assert.Equal(["Questions:RetentionDays must be between 1 and 3650 days (default 90)."], result.Failures);
    }

    [Fact]
    public void StorageOptionsValidator_NoPathAndNegativeLimit_NamesBothSettings()
    {
        var result = new StorageOptionsValidator().Validate(null, new StorageOptions { DatabasePath = "", MaxDatabaseMegabytes = -1 });

        Assert.Contains(result.Failures!, f => f.Contains("Storage:DatabasePath must be set", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.Contains("Storage:MaxDatabaseMegabytes must be between 0 (no limit) and 1000000.", StringComparison.Ordinal));
    }

    [Fact]
    public void ReadingListOptionsValidator_BlankPath_SaysItMustNameAFile()
    {
        var result = new ReadingListOptionsValidator().Validate(null, new ReadingListOptions { Path = " " });

        Assert.Equal(["ReadingList:Path must name a file (it need not exist)."], result.Failures);
    }
}
