using DanVan.Core.Documents;
using DanVan.Core.Retrieval;
using DanVan.Core.Tests.Support;

namespace DanVan.Core.Tests.Retrieval;

public sealed class RetrieverTests : IClassFixture<KnowledgeFixture>
{
    private readonly Retriever _retriever;

    public RetrieverTests(KnowledgeFixture fixture) => _retriever = fixture.Services.Get<Retriever>();

    private async Task<string?> TopPath(string question) => (await _retriever.SearchAsync(question)).Passages is [var first, ..] ? first.Path : null;

    [Theory]
    [InlineData("Phong trào Dân vận khéo ở Cà Mau", "knowledge/ca-mau-boi-duong-nghiep-vu-dan-van.md")]
    [InlineData("phong trao dan van kheo o ca mau", "knowledge/ca-mau-boi-duong-nghiep-vu-dan-van.md")]
    [InlineData("lớp tập huấn ở Hà Nam", "knowledge/ha-nam-2022-tap-huan-nghiep-vu-ctdv.md")]
    [InlineData("lop boi duong o Ninh Binh", "knowledge/ninh-binh-2019-boi-duong-dan-van-co-quan-nha-nuoc.md")]
    [InlineData("Nghị định 60/CP về quy chế dân chủ trong doanh nghiệp", "knowledge/nghe-an-2013-boi-duong-dan-van-chinh-quyen.md")]
    [InlineData("Chỉ thị 16/2016/CT-TTg", "knowledge/binh-phuoc-2016-tap-huan-nghiep-vu-dan-van.md")]
    public async Task SearchAsync_QuestionWithOrWithoutDiacritics_FindsTheRightArticle(string question, string expected) =>
        Assert.Equal(expected, await TopPath(question));

    [Fact]
    public async Task SearchAsync_AbbreviationBothWays_FindsTheSameArticle()
    {
        // Hà Nam writes "CTDV"; Cà Mau writes "Mặt trận Tổ quốc".
        Assert.Equal("knowledge/ha-nam-2022-tap-huan-nghiep-vu-ctdv.md", await TopPath("công tác dân vận theo tinh thần Nghị quyết Đại hội XIII"));
        Assert.Equal("knowledge/ha-nam-2022-tap-huan-nghiep-vu-ctdv.md", await TopPath("CTDV theo tinh thần NQ Đại hội XIII"));
        Assert.Equal("knowledge/ca-mau-boi-duong-nghiep-vu-dan-van.md", await TopPath("đổi mới phương thức hoạt động của MTTQ ở Cà Mau"));
    }

    [Fact]
    public async Task SearchAsync_TelexTypos_StillFindTheArticle() =>
        Assert.Equal("knowledge/binh-phuoc-2016-tap-huan-nghiep-vu-dan-van.md", await TopPath("binh phuoc tap huaan daan vaan 2016"));

    // One content syllable, however well a passage covers it, names nothing to ground an answer on; two, an abbreviation
    // or a year do.
    [Theory]
    [InlineData("hội?", false)]
    [InlineData("mấy hội", false)]
    [InlineData("dân vận?", true)]
    [InlineData("CTDV?", true)]
    [InlineData("năm 2016?", true)]
    public async Task SearchAsync_QuestionNamingOneSyllable_IsNotRelevant(string question, bool relevant)
    {
        var result = await _retriever.SearchAsync(question);

        Assert.Equal(relevant, result.IsRelevant);
        Assert.Equal(relevant, result.Query.NamesSomething);
    }

    [Fact]
    public async Task SearchAsync_OutOfDomain_IsNotRelevant()
    {
        var result = await _retriever.SearchAsync("giá vàng hôm nay bao nhiêu");
        Assert.False(result.IsRelevant);
    }

    [Fact]
    public async Task SearchAsync_TopResults_AreNotAllFromOneArticleWhenAnotherAnswers()
    {
        var result = await _retriever.SearchAsync("tập huấn Dân vận khéo năm 2023");
        Assert.True(result.Passages.Select(p => p.Path).Take(3).Distinct().Count() >= 2);
    }

    [Theory]
    [MemberData(nameof(QueryBuilderTests.Hostile), MemberType = typeof(QueryBuilderTests))]
    public async Task SearchAsync_HostileText_DoesNotThrow(string question)
    {
        var result = await _retriever.SearchAsync(question);
        Assert.NotNull(result);
    }

    [Fact]
    public async Task SearchAsync_LargeIndexQuestionOfCommonWordsOnly_TakesTheNewestMatches()
    {
        using var services = new CoreServices();
        var store = services.Get<DanVan.Core.Storage.KnowledgeStore>();
        var metadata = new DocumentMetadata("Báo cáo", null, null, null);
        var old = Enumerable.Range(0, QueryBuilder.MatchBudget + 100)
            .Select(i => new Chunk(i, null, $"Công tác dân vận năm thứ {i}.")).ToList();
        store.Replace("old", null, "test", "h1", metadata, old);
        store.Replace("new", null, "test", "h2", metadata with { Title = "Mới" }, [new Chunk(0, null, "Công tác dân vận ở xã Tân Hưng.")]);

        var result = await services.Get<Retriever>().SearchAsync("công tác dân vận");

        Assert.True(result.Query.ByRecency);
        Assert.Contains(result.Passages, p => p.Title == "Mới");
    }

    [Fact]
    public async Task SearchAsync_PairsInOrder_RankAboveScatteredSyllables()
    {
        using var services = new CoreServices();
        var pipeline = services.Get<DanVan.Core.Ingestion.IngestionPipeline>();
        await pipeline.IngestAsync("Tài liệu A\n\nThực hiện quy chế dân chủ ở cơ sở tại xã.\n"u8.ToArray(), "a.md", "upload:a.md", null, "test", false, default);
        await pipeline.IngestAsync("Tài liệu B\n\nNgười dân làm chủ cơ quan, sở ngành và quy chế làm việc.\n"u8.ToArray(), "b.md", "upload:b.md", null, "test", false, default);
        var result = await services.Get<Retriever>().SearchAsync("dan chu co so");
        Assert.Equal("Tài liệu A", result.Passages[0].Title);
        // The scattered passage ranks below, or (its words only apart count half) falls under the relevance cut.
        Assert.True(result.Passages.Count == 1 || result.Passages[0].Score > result.Passages[1].Score);
    }
}
