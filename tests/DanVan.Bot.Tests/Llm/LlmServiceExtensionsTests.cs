using DanVan.Bot.Llm;
using DanVan.Bot.Tests.TestDoubles;
using DanVan.Core.Answering;
using DanVan.Core.Ingestion;
using DanVan.Core.Retrieval;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DanVan.Bot.Tests.Llm;

public sealed class LlmServiceExtensionsTests
{
    private static Dictionary<string, string?> OpenAiSettings(string? embeddingModel = null) => new()
    {
        ["Llm:Provider"] = "OpenAI",
        ["Llm:Endpoint"] = "http://127.0.0.1:9/v1",
        ["Llm:ChatModel"] = "m",
        ["Llm:EmbeddingModel"] = embeddingModel,
    };

    [Fact]
    public void AddLlm_ProviderNone_ExtractiveComposerAndNoModelClients()
    {
        using var host = LlmTestHost.WithSettings(new() { ["Llm:Provider"] = "None" });
        var services = host.Host.Services;

        Assert.IsType<ExtractiveAnswerComposer>(services.GetRequiredService<IAnswerComposer>());
        Assert.IsType<KeywordQuestionCondenser>(services.GetRequiredService<IQuestionCondenser>());
        Assert.IsType<NullVectorRetriever>(services.GetRequiredService<IVectorRetriever>());
        Assert.Null(services.GetService<IChatClient>());
        Assert.Null(services.GetService<IEmbeddingGenerator<string, Embedding<float>>>());
        Assert.Empty(services.GetServices<IIngestionObserver>());
    }

    [Fact]
    public void AddLlm_NoLlmSection_BehavesAsProviderNone()
    {
        using var host = LlmTestHost.WithSettings([]);

        Assert.IsType<ExtractiveAnswerComposer>(host.Get<IAnswerComposer>());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void AddLlm_ProviderOpenAIInEitherOrder_LlmComposerAndCondenser(bool llmFirst)
    {
        using var host = LlmTestHost.WithSettings(OpenAiSettings(), llmFirst);

        Assert.IsType<LlmAnswerComposer>(host.Get<IAnswerComposer>());
        Assert.IsType<LlmQuestionCondenser>(host.Get<IQuestionCondenser>());
        Assert.IsType<NullVectorRetriever>(host.Get<IVectorRetriever>());
        Assert.NotNull(host.Get<IChatClient>());
    }

    [Fact]
    public void AddLlm_EmbeddingModelSet_VectorRetrieverIngestionObserverAndBackfill()
    {
        using var host = LlmTestHost.WithSettings(OpenAiSettings("text-embedding-3-small"));

        Assert.IsType<EmbeddingVectorRetriever>(host.Get<IVectorRetriever>());
        Assert.IsType<EmbeddingIngestionObserver>(Assert.Single(host.Host.Services.GetServices<IIngestionObserver>()));
        Assert.Single(host.Host.Services.GetServices<IHostedService>().OfType<EmbeddingBackfillService>());
    }

    [Theory]
    [InlineData("Llm:Endpoint", null, "Llm:Endpoint is not set")]
    [InlineData("Llm:ChatModel", null, "Llm:ChatModel is not set")]
    [InlineData("Llm:MaxToolCalls", "11", "Llm:MaxToolCalls must be between 0 and 10")]
    [InlineData("Llm:PromptTemplatePath", "/nonexistent/tra-loi.txt", "cannot read the answer prompt template '/nonexistent/tra-loi.txt'")]
    public async Task StartAsync_OpenAIMissingOrBadSetting_FailsWithMessageNamingIt(string key, string? value, string expected)
    {
        var settings = OpenAiSettings();
        settings[key] = value;
        using var host = LlmTestHost.WithSettings(settings);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.Host.StartAsync());

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_ProviderNoneWithBrokenTemplatePath_StartsBecauseNoModelIsUsed()
    {
        using var host = LlmTestHost.WithSettings(new() { ["Llm:Provider"] = "None", ["Llm:PromptTemplatePath"] = "/nonexistent/tra-loi.txt" });

        await host.Host.StartAsync();
        await host.Host.StopAsync();

        Assert.IsType<ExtractiveAnswerComposer>(host.Get<IAnswerComposer>());
    }

    [Fact]
    public async Task StartAsync_UnknownProvider_FailsWithMessageListingChoices()
    {
        using var host = LlmTestHost.WithSettings(new() { ["Llm:Provider"] = "Ollama" });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.Host.StartAsync());

        Assert.Contains("Llm:Provider 'Ollama' is not supported: set it to None (extractive answers) or OpenAI", error.Message, StringComparison.Ordinal);
    }
}
