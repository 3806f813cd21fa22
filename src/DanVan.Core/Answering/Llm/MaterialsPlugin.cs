using System.ComponentModel;
using DanVan.Core.LanguageModels;
using DanVan.Core.Retrieval;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;

namespace DanVan.Core.Answering.Llm;

/// <summary>
/// The model's search tool: the same <see cref="Retriever"/> that found the passages in the prompt, so a model that
/// finds them wanting can search again in its own words. Passages come back numbered in the question's
/// <see cref="CitationLedger"/>, continuing after those already given.
/// </summary>
internal sealed class MaterialsPlugin(Retriever retriever, IOptions<LlmOptions> options)
{
    /// <summary>Plugin name; the model sees the tool as <c>materials_search</c>.</summary>
    public const string PluginName = "materials";

    /// <summary>What the tool returns when nothing relevant is found.</summary>
    public const string NothingFound = "Không tìm thấy đoạn tài liệu nào phù hợp với truy vấn này.";

    [KernelFunction("search")]
    [Description("Tìm trong tài liệu học tập về công tác dân vận. Trả về các đoạn tài liệu đánh số để trích dẫn [n]. " +
                 "Dùng khi các tài liệu đã có chưa trả lời được câu hỏi: tìm lại bằng từ ngữ khác, cụ thể hơn.")]
    public async Task<string> SearchAsync(
        Kernel kernel,
        [Description("Nội dung cần tìm, bằng tiếng Việt có dấu, ví dụ: \"phương châm dân biết dân bàn\"")] string query,
        CancellationToken cancellationToken = default)
    {
        var ledger = CitationLedger.Of(kernel);
        if (string.IsNullOrWhiteSpace(query))
        {
            return NothingFound;
        }

        var result = await retriever.SearchAsync(query.Trim(), cancellationToken);
        if (!result.IsRelevant || result.Passages.Count == 0)
        {
            return NothingFound;
        }

        var numbered = result.Passages.Take(options.Value.MaxPassages).Select(p => (ledger.Number(p), p)).ToList();
        return LlmPromptBuilder.FormatPassages(numbered);
    }
}
