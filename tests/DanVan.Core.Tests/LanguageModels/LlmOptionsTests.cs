using System.ComponentModel.DataAnnotations;
using DanVan.Core.LanguageModels;

namespace DanVan.Core.Tests.LanguageModels;

public sealed class LlmOptionsTests
{
    private static List<string> Validate(LlmOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results.Select(r => r.ErrorMessage ?? string.Empty).ToList();
    }

    [Fact]
    public void Validate_Defaults_ProviderNoneIsValid()
    {
        var options = new LlmOptions();

        Assert.Empty(Validate(options));
        Assert.Equal(30, options.TimeoutSeconds);
        Assert.Equal(6, options.MaxPassages);
        Assert.False(options.EmbeddingsEnabled);
    }

    [Fact]
    public void Validate_OpenAIWithoutEndpointAndModel_SaysWhatToSet()
    {
        var errors = Validate(new LlmOptions { Provider = LlmProvider.OpenAI });

        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, e => e.Contains("Llm:Endpoint", StringComparison.Ordinal) && e.Contains("Llm__Endpoint", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("Llm:ChatModel", StringComparison.Ordinal) && e.Contains("Llm__ChatModel", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_OpenAIWithoutApiKey_IsValidForLocalServers()
    {
        Assert.Empty(Validate(new LlmOptions { Provider = LlmProvider.OpenAI, Endpoint = "http://localhost:11434/v1", ChatModel = "qwen2.5:7b" }));
    }

    [Theory]
    [InlineData("localhost:11434/v1")]
    [InlineData("ftp://example.org/v1")]
    [InlineData("v1")]
    public void Validate_EndpointNotHttpUrl_Rejected(string endpoint)
    {
        var errors = Validate(new LlmOptions { Provider = LlmProvider.OpenAI, Endpoint = endpoint, ChatModel = "m" });

        Assert.Contains(errors, e => e.Contains("absolute http(s) URL", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_EmbeddingModelWithoutProvider_SaysToSetProvider()
    {
        var errors = Validate(new LlmOptions { EmbeddingModel = "text-embedding-3-small" });

        Assert.Contains("Llm:Provider", Assert.Single(errors), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 6)]
    [InlineData(601, 6)]
    [InlineData(30, 0)]
    [InlineData(30, 21)]
    public void Validate_LimitsOutOfRange_Rejected(int timeoutSeconds, int maxPassages)
    {
        Assert.NotEmpty(Validate(new LlmOptions { TimeoutSeconds = timeoutSeconds, MaxPassages = maxPassages }));
    }
}
