using DanVan.Core.Text;

namespace DanVan.Core.Tests.Text;

/// <summary>Abbreviations and stop words as data: every kind of entry, an admin's additions, and what shapes the index.</summary>
public sealed class WordListsTests
{
    private static WordLists Lists(Action<WordListsData> fill)
    {
        var data = new WordListsData();
        fill(data);
        return new WordLists(data);
    }

    [Fact]
    public void Abbreviation_WrittenWithDiacriticsAndĐ_IsFoldedBothSides()
    {
        var lists = Lists(d => d.Abbreviations["HĐTV"] = "Hội đồng thành viên");

        var expanded = lists.Abbreviations.Expand(Tokenizer.Tokenize("Họp HĐTV quý I"), keepAbbreviation: true);

        Assert.Equal("hop hdtv hoi dong thanh vien quy i", string.Join(' ', expanded));
    }

    [Fact]
    public void Abbreviation_OfSeveralTokens_IsMatchedWhole()
    {
        var lists = Lists(d => d.Abbreviations["VH-XH"] = "văn hóa xã hội");

        Assert.Equal("linh vuc van hoa xa hoi",
            string.Join(' ', lists.Abbreviations.Expand(Tokenizer.Tokenize("lĩnh vực VH-XH"), keepAbbreviation: false)));
        Assert.Equal("xh", string.Join(' ', lists.Abbreviations.Expand(["xh"], keepAbbreviation: false)));
    }

    [Fact]
    public void AmbiguousAbbreviation_IsReadEveryWayInQuestionsAndNeverExpandedInText()
    {
        var lists = Lists(d => d.AmbiguousAbbreviations["TT"] = ["thông tin", "tuyên truyền"]);

        var readings = lists.Abbreviations.Readings(["tt", "dan", "van"], 0, out var length);

        Assert.Equal(1, length);
        Assert.Equal(["thong tin", "tuyen truyen"], readings!);
        Assert.Equal(["tt"], lists.Abbreviations.Expand(["tt"], keepAbbreviation: true));
    }

    [Fact]
    public void SpokenForm_IsKeptAsTypedInLowerCase_AndFoldedBeside()
    {
        var lists = Lists(d => d.SpokenForms["Mấy  Ổng"] = "họ");

        Assert.Equal("họ", lists.SpokenForms["mấy ổng"]);
        Assert.Equal("họ", lists.FoldedSpokenForms["may ong"]);
        Assert.Equal(2, lists.LongestSpokenForm);
    }

    [Theory]
    [InlineData("nhỉ", "nhi", true)]
    [InlineData("nhì", "nhi", false)]
    [InlineData("nhi", "nhi", false)]
    public void StopWord_WithDiacritics_CountsOnlyAsTyped(string typed, string folded, bool expected) =>
        Assert.Equal(expected, Lists(d => d.StopWords.Add("Nhỉ")).IsStopWord(typed, folded));

    [Theory]
    [InlineData("nhe", "nhe", true)]
    [InlineData("nhẹ", "nhe", false)]
    public void PlainStopWord_CountsOnlyTypedWithoutDiacritics(string typed, string folded, bool expected) =>
        Assert.Equal(expected, Lists(d => d.PlainStopWords.Add("nhe")).IsStopWord(typed, folded));

    [Fact]
    public void Shipped_EveryKind_IsReadFromTheEmbeddedData()
    {
        var shipped = WordLists.Shipped;

        Assert.Equal("cong tac dan van", shipped.Abbreviations.Map["ctdv"]);
        Assert.Equal("kinh te xa hoi", shipped.Abbreviations.Map["kt xh"]);
        Assert.Equal(["noi dung", "nhan dan", "nghi dinh"], shipped.Abbreviations.QueryOnly["nd"]);
        Assert.Equal(["nghị định"], shipped.Abbreviations.Marked["nđ"]);
        Assert.True(shipped.IsStopWord("chào", "chao"));
        Assert.True(shipped.IsStopWord("cua", "cua"));
        Assert.False(shipped.IsStopWord("dang", "dang"));
    }

    [Fact]
    public void Load_LocalFile_AddsEntriesAndReplacesAShippedReading()
    {
        var path = Path.Combine(Path.GetTempPath(), $"lexicon-{Guid.NewGuid():N}.local.json");
        File.WriteAllText(path, """
            { "synonyms": [["giao lưu", "gặp gỡ"]],
              "abbreviations": { "BDVThU": "Ban Dân vận Thành ủy", "VN": "Việt Nam" },
              "ambiguousAbbreviations": { "DV": ["dân vận", "dịch vụ"] },
              "stopWords": ["nhỉ"], "plainStopWords": ["nhe"] }
            """);
        try
        {
            var lists = WordLists.Load(path);

            Assert.Equal("ban dan van thanh uy", lists.Abbreviations.Map["bdvthu"]);
            Assert.Equal("cong tac dan van", lists.Abbreviations.Map["ctdv"]);
            Assert.Equal(["dan van", "dich vu"], lists.Abbreviations.QueryOnly["dv"]);
            Assert.True(lists.IsStopWord("nhe", "nhe"));
            Assert.True(lists.IsStopWord("của", "cua"));
            Assert.NotEqual(WordLists.Shipped.IndexHash, lists.IndexHash);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Load_InvalidFile_ReportedWithItsPath_ShippedListsKept()
    {
        var path = Path.Combine(Path.GetTempPath(), $"lexicon-{Guid.NewGuid():N}.local.json");
        File.WriteAllText(path, "{ \"abbreviations\": [ ");
        var problems = new List<string>();
        try
        {
            Assert.Same(WordLists.Shipped, WordLists.Load(path, problems.Add));
            Assert.Contains(path, Assert.Single(problems), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Load_NoFile_IsTheShippedLists() =>
        Assert.Same(WordLists.Shipped, WordLists.Load(Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.json")));

    [Fact]
    public void IndexHash_ChangesWithAbbreviationsOnly()
    {
        var plain = Lists(d => d.Abbreviations["CTDV"] = "công tác dân vận");

        Assert.Equal(plain.IndexHash, Lists(d => { d.Abbreviations["ctdv"] = "cong tac dan van"; d.StopWords.Add("nhỉ"); d.AmbiguousAbbreviations["TT"] = ["thông tin"]; }).IndexHash);
        Assert.NotEqual(plain.IndexHash, Lists(d => d.Abbreviations["CTDV"] = "công tác dân vận chính quyền").IndexHash);
    }

    [Fact]
    public void ShortFormWrittenWithĐ_WhoseDSpellingIsAnotherEntry_IsReadSoOnlyTypedWithĐ()
    {
        var lists = Lists(d =>
        {
            d.AmbiguousAbbreviations["ND"] = ["nội dung", "nhân dân"];
            d.AmbiguousAbbreviations["NĐ"] = ["nghị định"];
            d.AmbiguousAbbreviations["ĐU"] = ["Đảng ủy"]; // "du" is a word (du lịch)
            d.AmbiguousAbbreviations["QĐ"] = ["quyết định"]; // "qd" is nothing else
        });

        Assert.Equal(["noi dung", "nhan dan"], lists.Abbreviations.Readings(["nd"], 0, out _)!);
        Assert.Equal(["nghị định"], lists.Abbreviations.Marked["nđ"]);
        Assert.Null(lists.Abbreviations.Readings(["du"], 0, out _));
        Assert.Equal(["Đảng ủy"], lists.Abbreviations.Marked["đu"]);
        Assert.Equal(["quyet dinh"], lists.Abbreviations.Readings(["qd"], 0, out _)!);
        Assert.False(lists.Abbreviations.Marked.ContainsKey("qđ"));
    }
}
