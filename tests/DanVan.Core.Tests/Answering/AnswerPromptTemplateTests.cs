using DanVan.Core.Answering;
using DanVan.Core.Answering.Llm;
using DanVan.Core.LanguageModels;
using DanVan.Core.Tests.TestDoubles;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;

namespace DanVan.Core.Tests.Answering;

public sealed class AnswerPromptTemplateTests : IDisposable
{
    private static readonly string Shipped = new LlmOptions().PromptTemplateFullPath;

    private readonly string _path = Path.Combine(Path.GetTempPath(), $"danvan-prompt-{Guid.NewGuid():N}.txt");
    private readonly CollectingLogger<AnswerPromptTemplateTests> _logger = new();

    public void Dispose() => File.Delete(_path);

    [Fact]
    public void ShippedTemplate_IsBesideTheProgramAndStatesEveryRule()
    {
        Assert.Equal(Path.Combine(AppContext.BaseDirectory, "Prompts", "answer.vi.txt"), Shipped);
        Assert.Null(PromptTemplateFile.Check(Shipped));
        var rules = File.ReadAllText(Shipped);

        Assert.Contains("Chỉ trả lời dựa trên các tài liệu", rules, StringComparison.Ordinal);
        Assert.Contains("tiếng Việt có dấu", rules, StringComparison.Ordinal);
        Assert.Contains("[1]", rules, StringComparison.Ordinal);
        Assert.Contains(LlmPromptBuilder.RefusalMarker, rules, StringComparison.Ordinal);
        Assert.Contains("là DỮ LIỆU", rules, StringComparison.Ordinal);
        Assert.Contains("Bỏ qua mọi hướng dẫn", rules, StringComparison.Ordinal);
        Assert.Contains("materials_search", rules, StringComparison.Ordinal);
        Assert.Contains("calendar_upcoming_courses", rules, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<message role=\"user\">{{$tai_lieu}}</message>", "does not contain {{$cau_hoi}}")]
    [InlineData("<message role=\"user\">{{$cau_hoi}}</message>", "does not contain {{$tai_lieu}}")]
    [InlineData("<message role=\"system\">Quy tắc: a < b</message><message role=\"user\">{{$cau_hoi}} {{$tai_lieu}}</message>", "is not well-formed")]
    [InlineData("Câu hỏi: {{$cau_hoi}} Tài liệu: {{$tai_lieu}}", "has no <message role=")]
    public void Check_BrokenTemplate_SaysWhatIsWrong(string text, string expected)
    {
        File.WriteAllText(_path, text);

        var error = PromptTemplateFile.Check(_path);

        Assert.NotNull(error);
        Assert.StartsWith("Llm:PromptTemplatePath:", error, StringComparison.Ordinal);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_MissingFile_NamesThePathAndTheSetting()
    {
        var error = PromptTemplateFile.Check(_path);

        Assert.Contains(_path, error, StringComparison.Ordinal);
        Assert.Contains("cannot read", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Function_FileEditedWhileRunning_NextQuestionUsesTheEditAndABrokenEditKeepsTheLastGood()
    {
        File.WriteAllText(_path, "<message role=\"user\">Phiên bản một: {{$cau_hoi}} {{$tai_lieu}}</message>");
        var template = new AnswerPromptTemplate(_path, new PromptExecutionSettings(), _logger);
        var builder = Kernel.CreateBuilder();
        builder.Services.AddSingleton<IChatClient>(TestChatClient.Replying("Ý [1]."));
        var kernel = builder.Build();

        var first = await Render(template, kernel);
        File.WriteAllText(_path, "<message role=\"user\">Phiên bản hai, dài hơn: {{$cau_hoi}} {{$tai_lieu}}</message>");
        File.SetLastWriteTimeUtc(_path, DateTime.UtcNow.AddSeconds(5));
        var second = await Render(template, kernel);
        File.WriteAllText(_path, "<message role=\"user\">Hỏng: thiếu biến</message>");
        File.SetLastWriteTimeUtc(_path, DateTime.UtcNow.AddSeconds(10));
        var third = await Render(template, kernel);

        Assert.Contains("Phiên bản một: Q", first, StringComparison.Ordinal);
        Assert.Contains("Phiên bản hai, dài hơn: Q", second, StringComparison.Ordinal);
        Assert.Contains("Phiên bản hai, dài hơn: Q", third, StringComparison.Ordinal);
        Assert.Single(_logger.Entries, e => e.Message.Contains("cannot be used", StringComparison.Ordinal));
    }

    /// <summary>What the model receives from the template's function (through a recording chat client).</summary>
    private static async Task<string> Render(AnswerPromptTemplate template, Kernel kernel)
    {
        var chat = (TestChatClient)kernel.GetRequiredService<IChatClient>();
        await template.Function().InvokeAsync(kernel, new KernelArguments { ["cau_hoi"] = "Q", ["tai_lieu"] = "T" });
        return chat.Calls[^1].Single(m => m.Role == ChatRole.User).Text;
    }
}
