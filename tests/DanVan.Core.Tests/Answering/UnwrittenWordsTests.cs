using DanVan.Core.Answering;
using DanVan.Core.Tests.Support;

namespace DanVan.Core.Tests.Answering;

/// <summary>
/// A paraphrase puts one or two ordinary words of its own where the materials use others ("trau dồi" for "bồi dưỡng",
/// "khởi động" for "khai mạc"): words no text can cover. With the rest of the question covered by one window they do not
/// sink it; what the asked fact hangs on (the thing counted, the reason asked, an event the lexicon knows) stays strict.
/// Real retrieval and composition over the bundled knowledge and test documents.
/// </summary>
public sealed class UnwrittenWordsTests : IClassFixture<KnowledgeFixture>
{
    private readonly KnowledgeFixture _fixture;

    public UnwrittenWordsTests(KnowledgeFixture fixture) => _fixture = fixture;

    private Task<Answer> AskAsync(string question) => _fixture.ComposeAsync(question);

    [Theory]
    [InlineData("Lớp trau dồi nghiệp vụ dân vận ở Cà Mau tiến hành từ ngày nào đến ngày nào?", "ngày 1 đến ngày 3/11")]
    [InlineData("Lop trau doi nghiep vu dan van o Ca Mau tien hanh tu ngay nao den ngay nao?", "ngày 1 đến ngày 3/11")]
    [InlineData("Lớp bồi dưỡng dân vận cơ quan nhà nước ở Ninh Bình năm 2019 khởi động hôm nào?", "9/5")]
    public async Task OrdinaryWordsTheMaterialsNeverWrite_DoNotSinkAParaphrase(string question, string fact)
    {
        var answer = await AskAsync(question);

        Assert.Equal(AnswerOutcome.Answered, answer.Outcome);
        Assert.Contains(fact, answer.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Lớp bồi dưỡng nghiệp vụ dân vận ở Cà Mau có bao nhiêu giáo viên?")] // the thing counted
    [InlineData("Lớp bồi dưỡng nghiệp vụ công tác dân vận ở Cà Mau có kinh phí bao nhiêu?")] // what the number measures
    [InlineData("Ai phát biểu bế mạc lớp bồi dưỡng nghiệp vụ công tác dân vận ở Cà Mau?")] // an event the lexicon knows
    [InlineData("Lớp bồi dưỡng dân vận cơ quan nhà nước ở Ninh Bình năm 2019 bị hoãn hôm nào?")]
    public async Task WhatTheAskedFactHangsOn_StaysStrict(string question)
    {
        var answer = await AskAsync(question);

        Assert.NotEqual(AnswerOutcome.Answered, answer.Outcome);
    }
}
