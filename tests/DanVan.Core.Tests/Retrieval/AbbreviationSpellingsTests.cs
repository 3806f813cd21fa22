using DanVan.Core.Retrieval;
using DanVan.Core.Text;

namespace DanVan.Core.Tests.Retrieval;

/// <summary>
/// Abbreviations spelt otherwise than the table (the shipped words.json) are read as the table's before the question is
/// searched: dotted, glued to a number, written with Đ where the D spelling is another entry, and short forms that are
/// also syllables ("TU") written out where capitals or the index say which they are.
/// </summary>
public sealed class AbbreviationSpellingsTests
{
    // Terms (syllables and pairs "a_b") each held by the given number of passages of a 100-passage index.
    private static Vocabulary Index(params (string Term, int Uses)[] terms) => new(terms.ToDictionary(t => t.Term, t => t.Uses), 100);

    [Theory]
    [InlineData("Trưởng B.D.V.T.U Hà Nam là ai?", "Trưởng BDVTU Hà Nam là ai?")]
    [InlineData("chu tich U.B.N.D. xa la ai", "chu tich UBND xa la ai")]
    [InlineData("Đại biểu H.Đ.N.D xã tiếp dân mấy buổi?", "Đại biểu HĐND xã tiếp dân mấy buổi?")]
    [InlineData("Ông Nguyễn V. A. là ai?", "Ông Nguyễn V. A. là ai?")] // initials of a name
    [InlineData("Lớp do X.Y.Z tổ chức?", "Lớp do X.Y.Z tổ chức?")] // no short form of the table
    public void Dotted_KnownShortForm_IsJoined(string typed, string read) =>
        Assert.Equal(read, AbbreviationSpellings.Standard(typed, Vocabulary.Empty));

    [Theory]
    [InlineData("NQ25 về dân vận", "NQ 25 về dân vận")]
    [InlineData("ct18 cua tinh", "ct 18 cua tinh")]
    [InlineData("Đ7 quy chế dân vận", "Đ7 quy chế dân vận")] // an article, read by the query builder
    [InlineData("mã ABC12 là gì", "mã ABC12 là gì")]
    public void Glued_KnownShortFormAndNumber_AreSplit(string typed, string read) =>
        Assert.Equal(read, AbbreviationSpellings.Standard(typed, Vocabulary.Empty));

    [Theory]
    [InlineData("triển khai NĐ 60/CP", "triển khai nghị định 60/CP")]
    [InlineData("trien khai NĐ 60/CP", "trien khai nghi dinh 60/CP")] // a question typed without other marks stays so
    [InlineData("Lớp có ND gì?", "Lớp có ND gì?")] // D: nội dung or nhân dân, read by the query builder
    [InlineData("số ĐV của chi bộ", "số đảng viên của chi bộ")]
    [InlineData("Ban Dân vận TU Ninh Bình", "Ban Dân vận Tỉnh ủy Ninh Bình")]
    [InlineData("ban dan van TU ninh binh", "ban dan van tinh uy ninh binh")]
    [InlineData("BAN DAN VAN TU NINH BINH", "BAN DAN VAN TU NINH BINH")] // all capitals: TU may be từ
    [InlineData("mã 45-KH/TU", "mã 45-KH/TU")] // part of a code
    public void ShortFormWithOneReading_IsWrittenOut(string typed, string read) =>
        Assert.Equal(read, AbbreviationSpellings.Standard(typed, Vocabulary.Empty));

    [Fact]
    public void PlainSyllableShortForm_IsReadAsTheIndexWritesItBesideItsNeighbours()
    {
        // "dân vận tỉnh" is written far more often than "dân vận từ": "tu" after "van" is Tỉnh ủy; after "den" it is từ.
        var index = Index(("van_tinh", 25), ("van_tu", 1), ("tu_ha", 4), ("den_tu", 3));

        Assert.Equal("pho ban dan van tinh uy ninh binh la ai", AbbreviationSpellings.Standard("pho ban dan van tu ninh binh la ai", index));
        Assert.Equal("di den tu ha noi", AbbreviationSpellings.Standard("di den tu ha noi", index));
    }
    [Fact]
    public void PlainSyllableOfAShortFormWrittenWithD_IsReadAsTheIndexWritesItBesideItsNeighbours()
    {
        // "ĐU" (Đảng ủy) typed without diacritics is "du", which is also dự or du lịch: after "bí thư" the index writes
        // "thư đảng" far more often than "thư dự"; after "đi" it writes "đi du" (du lịch), never "đi đảng".
        var index = Index(("thu_dang", 6), ("thu_du", 1), ("di_du", 3), ("du_lich", 3));

        Assert.Equal("bi thu dang uy xa phuoc thinh la ai", AbbreviationSpellings.Standard("bi thu du xa phuoc thinh la ai", index));
        Assert.Equal("di du lich o dau", AbbreviationSpellings.Standard("di du lich o dau", index));
        // Not where the spelling with D is another entry: folded "nd" stays nội dung or nhân dân, read by the query builder.
        Assert.Equal("bi thu nd xa la ai", AbbreviationSpellings.Standard("bi thu nd xa la ai", Index(("thu_nghi", 9))));
    }

    [Fact]
    public void PairsCountedByTheCaller_DecideAPlainShortForm()
    {
        // The index writes "thư đảng" once, as often as "dự và": not clear alone; the lexicon's phrase "bí thư đảng ủy"
        // counted as passages (QuestionSpelling's pair uses) makes it clear.
        var index = Index(("thu_dang", 1), ("du_va", 1));
        const string plain = "bi thu du va chu tich xa";

        Assert.Equal(plain, AbbreviationSpellings.Standard(plain, index));
        Assert.Equal("bi thu dang uy va chu tich xa", AbbreviationSpellings.Standard(plain, index,
            (first, second) => index.Frequency(IndexText.Pair(first, second)) + (first == "thu" && second == "dang" ? 3 : 0)));
    }
}
