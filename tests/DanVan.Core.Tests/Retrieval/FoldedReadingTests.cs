using DanVan.Core.Answering;
using DanVan.Core.Lexicon;
using DanVan.Core.Retrieval;
using DanVan.Core.Text;

using static DanVan.Core.Tests.Support.Expectations;

namespace DanVan.Core.Tests.Retrieval;

/// <summary>
/// Readings of a question typed without diacritics that must not differ from the question typed with them, each built
/// from the materials' text: the index's syllables and pairs decide, not a list of questions.
/// </summary>
public sealed class FoldedReadingTests
{
    // From the Quảng Trị course's report: the city Đông Hà, then the year.
    private const string QuangTri = "Sáng 17/5, tại thành phố Đông Hà, Ban Dân vận Tỉnh ủy Quảng Trị tổ chức lớp tập huấn kỹ năng xây dựng, nhân rộng mô hình “Dân vận khéo” năm 2023.";

    // From the Hà Nam course's report, where the province and the year stand side by side.
    private const string HaNam = "Ban Dân vận Tỉnh ủy Hà Nam tổ chức hội nghị tập huấn nghiệp vụ công tác dân vận năm 2022 tại tỉnh Hà Nam.";

    /// <summary>An index of one text: its folded syllables and syllable pairs, each once.</summary>
    internal static Vocabulary IndexOf(params string[] texts)
    {
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var tokens in texts.Select(Tokenizer.Tokenize))
        {
            foreach (var term in tokens.Concat(tokens.Zip(tokens.Skip(1), IndexText.Pair)))
            {
                frequency[term] = frequency.GetValueOrDefault(term) + 1;
            }
        }

        return new Vocabulary(frequency, 100);
    }

    [Theory]
    [InlineData("Lớp tập huấn tại thành phố Đông Hà năm 2023 có bao nhiêu học viên?")]
    [InlineData("Lop tap huan tai thanh pho Dong Ha nam 2023 co bao nhieu hoc vien?")]
    [InlineData("lop tap huan tai thanh pho dong ha nam 2023 co bao nhieu hoc vien")]
    public void Build_PlaceBeforeTheYearWord_NamesNoProvinceAcrossTheWordBoundary(string question)
    {
        var query = QueryBuilder.Build(question, IndexOf(QuangTri, HaNam));

        Assert.Empty(query.Provinces);
        Assert.Equal(["2023"], query.Years);
    }

    [Theory]
    [InlineData("Hà Nam năm 2022 tập huấn nghiệp vụ công tác dân vận cho ai?")]
    [InlineData("Ha Nam nam 2022 tap huan nghiep vu cong tac dan van cho ai?")]
    [InlineData("tap huan o tinh ha nam nam 2022 cho ai")]
    [InlineData("tap huan o ha nam 2022 cho ai")]
    [InlineData("nghiep vu dan van ha nam 2022")]
    public void Build_ProvinceBeforeAYear_IsStillNamed(string question) =>
        Assert.Equal(["Hà Nam"], QueryBuilder.Build(question, IndexOf(QuangTri, HaNam)).Provinces);

    [Fact]
    public void Build_SyllableTypedWithOtherMarks_IsNoSyllableOfTheName()
    {
        var vocabulary = IndexOf(QuangTri, HaNam);

        Assert.Empty(QueryBuilder.Build("Tập huấn dân vận ở Đông Hà năm nay thế nào?", vocabulary).Provinces);
        Assert.Equal(["Thanh Hóa"], QueryBuilder.Build("Tập huấn dân vận ở Thanh Hoá thế nào?", vocabulary).Provinces);
        Assert.Equal(["Bình Phước"], QueryBuilder.Build("Tập huấn dân vận ở Bình Phươc thế nào?", vocabulary).Provinces); // a tone left out
        Assert.Equal(["Quảng Trị"], QueryBuilder.Build("Tập huấn dân vận ở Quãng Trị thế nào?", vocabulary).Provinces); // a tone typed otherwise
    }

    // From the Hà Nam course's report: an office of a body, whose "Trưởng" folds like the family name Trương.
    private const string Office = "Đồng chí Đinh Thị Lụa, Phó Bí thư Thường trực Tỉnh ủy kiêm Trưởng Ban Dân vận Tỉnh ủy dự, chỉ đạo.";

    [Theory]
    [InlineData(Office)]
    [InlineData("Dong chi Dinh Thi Lua, Pho Bi thu Thuong truc Tinh uy kiem Truong Ban Dan van Tinh uy du, chi dao.")]
    public void Of_OfficeBeforeABody_NamesNoPersonAcrossTheBody(string sentence)
    {
        var question = sentence.TrimEnd('.') + " năm 2022 là ai?";
        var mentions = VietnameseText.Fold(NamedMentions.Of(question, QueryBuilder.Build(question, Vocabulary.Empty), QuestionLexicon.Default).ToString()).ToLowerInvariant();

        Assert.Contains("ban dan van", mentions);
        Assert.DoesNotContain("truong", mentions);
    }

    // "mấy giờ" asks a time of day: the report's day ("Sáng 17/5") does not state it; a clock time does.
    [Theory]
    [InlineData("Lớp tập huấn ở Quảng Trị khai mạc lúc mấy giờ?")]
    [InlineData("Lop tap huan o Quang Tri khai mac luc may gio?")]
    [InlineData("lop tap huan quang tri bat dau may h")]
    [InlineData("Buổi khai mạc lớp Dân vận khéo ở Quảng Trị ngày 17/5 diễn ra vào giờ nào?")]
    public void IsMetBy_TimeOfDayAsked_OnlyAClockTime(string question)
    {
        var expectation = For(question);

        Assert.StartsWith("kinds [Time] units []", expectation.ToString(), StringComparison.Ordinal);
        Assert.EndsWith(" clock", expectation.ToString(), StringComparison.Ordinal);
        Assert.False(expectation.IsMetBy(QuangTri));
        Assert.True(expectation.IsMetBy(QuangTri.Replace("Sáng 17/5", "Lúc 7h30 sáng 17/5", StringComparison.Ordinal)));
        Assert.True(expectation.IsMetBy(QuangTri.Replace("Sáng 17/5", "Sáng 17/5, từ 8 giờ", StringComparison.Ordinal)));
        Assert.False(expectation.IsMetBy(QuangTri.Replace("17/5", "17/5, trong 2 ngày", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("Lớp tập huấn ở Quảng Trị khai mạc ngày nào?")]
    [InlineData("Lớp tập huấn ở Quảng Trị học mấy ngày?")]
    public void IsMetBy_DayOrCountOfDaysAsked_IsNoClockTime(string question)
    {
        Assert.DoesNotContain("clock", For(question).ToString(), StringComparison.Ordinal);
        Assert.True(For(question).IsMetBy(QuangTri.Replace("17/5", "17/5, trong 2 ngày", StringComparison.Ordinal)));
    }

    // A one-syllable asker typed without diacritics inside a word the lexicon knows ("đứng đầu", "bắt đầu": no "đâu") is
    // no asked word, as with diacritics (from the Thái Bình report: "người đứng đầu cấp ủy, chính quyền các cấp").
    [Theory]
    [InlineData("Năm 2023 người đứng đầu cấp ủy, chính quyền các cấp đã tổ chức bao nhiêu cuộc tiếp xúc?")]
    [InlineData("Nam 2023 nguoi dung dau cap uy, chinh quyen cac cap da to chuc bao nhieu cuoc tiep xuc?")]
    public void AskedWords_AskerInsideAWord_IsNotAsked(string question) =>
        Assert.DoesNotContain("dau", For(question).AskedWords);

    // A body typed without diacritics is named as typed with them (from the Hà Nam report: "các học viên được lãnh đạo
    // Vụ Đoàn thể Nhân dân, Ban Dân vận Trung ương truyền đạt các chuyên đề").
    [Theory]
    [InlineData("Các học viên được lãnh đạo Vụ Đoàn thể Nhân dân truyền đạt các chuyên đề gì?")]
    [InlineData("Cac hoc vien duoc lanh dao Vu Doan the Nhan dan truyen dat cac chuyen de gi?")]
    public void Of_BodyTypedWithoutDiacritics_IsNamed(string question)
    {
        var mentions = NamedMentions.Of(question, QueryBuilder.Build(question, Vocabulary.Empty), QuestionLexicon.Default).ToString();

        Assert.Contains("vu doan the", VietnameseText.Fold(mentions).ToLowerInvariant());
    }

    // A word of the lexicon whose first syllable folds like a word that ends what narrows a count ("vi phạm": vì) goes
    // on narrowing it, typed without diacritics as with them.
    [Theory]
    [InlineData("Năm 2022 có bao nhiêu đảng viên vi phạm quy chế dân vận?")]
    [InlineData("Nam 2022 co bao nhieu dang vien vi pham quy che dan van?")]
    public void AskedWords_QualifierStartingLikeAnEnd_IsAsked(string question)
    {
        var asked = For(question).AskedWords;

        Assert.Contains("vi", asked);
        Assert.Contains("pham", asked);
    }

    [Theory]
    [InlineData("Nam 2022 co bao nhieu dang vien vi the ma bi ky luat?", "the")]
    public void AskedWords_EndTypedPlainBeforeNoWordOfTheLexicon_StillEnds(string question, string after) =>
        Assert.DoesNotContain(after, For(question).AskedWords);

    // From the Nghệ An report, which writes the city as "Tp Vinh": typed without diacritics, the word after the city's
    // name ("co": có) is no syllable of it, as the capital typed would say.
    [Theory]
    [InlineData("Lớp bồi dưỡng khai mạc ở thành phố Vinh có dạy dân vận chính quyền không?")]
    [InlineData("lop boi duong khai mac o thanh pho vinh co day dan van chinh quyen khong?")]
    public void Of_NameAfterAShortFormOfItsKindInTheMaterial_IsNamedAsWritten(string question)
    {
        const string material = "Sáng 27/8, tại Tp Vinh, UBND tỉnh phối hợp với Ban Dân vận Tỉnh ủy khai mạc lớp bồi dưỡng nghiệp vụ công tác dân vận.";
        var mentions = MentionsIn(question, material);

        Assert.Equal("Vinh", mentions.ToString());
        Assert.True(mentions.AllIn([Tokenizer.Tokenize(material)]));
    }

    // The material's commune "Phước Thịnh" names no town "Phước": a question about another place whose name starts alike
    // ("thị xã Phước Long") still names that place, which the material does not write.
    [Theory]
    [InlineData("Thị xã Phước Long tập huấn dân vận năm 2016 cho bao nhiêu người?")]
    [InlineData("thi xa phuoc long tap huan dan van nam 2016 bao nhieu nguoi")]
    public void Of_FirstSyllableOfAnotherNameInTheMaterial_IsNoName(string question)
    {
        const string material = "Quy chế công tác dân vận của hệ thống chính trị xã Phước Thịnh được ban hành năm 2016.";
        Assert.False(MentionsIn(question, material).AllIn([Tokenizer.Tokenize(material)]));
    }

    // What the question names against one retrieved text, indexed alone.
    private static NamedMentions MentionsIn(string question, string material) =>
        NamedMentions.Of(question, QueryBuilder.Build(question, IndexOf(material)), QuestionLexicon.Default, [material], IndexOf(material));

    // From the Quảng Trị report: the province's total of models is no district's count, typed without diacritics as with
    // them (the district read as the material writes it).
    [Theory]
    [InlineData("Huyện Hướng Hóa đã đăng ký bao nhiêu mô hình Dân vận khéo?")]
    [InlineData("huyen huong hoa da dang ky bao nhieu mo hinh dan van kheo?")]
    public void HoldsCountScope_DistrictTypedWithoutDiacritics_NotMetByTheProvincesTotal(string question)
    {
        const string total = "Giai đoạn 2021 – 2022, toàn tỉnh đã đăng ký xây dựng 1.200 mô hình “Dân vận khéo”.";
        const string district = "Nhiều mô hình đã trở thành điểm sáng, như mô hình “Ngôi nhà đại đoàn kết” ở huyện Hướng Hóa.";
        var vocabulary = IndexOf(total, district);
        var mentions = NamedMentions.Of(question, QueryBuilder.Build(question, vocabulary), QuestionLexicon.Default, [total, district], vocabulary);
        var expectation = For(question).WithCountedIn(mentions.Localities);

        Assert.False(expectation.HoldsCountScope(total, []));
        Assert.True(expectation.HoldsCountScope("Huyện Hướng Hóa đã đăng ký 56 mô hình “Dân vận khéo”.", []));
    }

    // A phrase of the lexicon does not take a syllable of a province's name ("Hà Nam rơi vào": no "năm rồi"), typed
    // without diacritics as with them.
    [Theory]
    [InlineData("Hội nghị tập huấn năm 2022 của Hà Nam rơi vào hôm nào?")]
    [InlineData("hoi nghi tap huan nam 2022 cua ha nam roi vao hom nao?")]
    public void AskedWords_ProvinceBeforeTheFocus_IsNoSyllableOfAPhrase(string question) =>
        Assert.DoesNotContain("nam", For(question).AskedWords);

    [Fact]
    public void Of_FoldedKindFirstInTheQuestion_NamesNoBody() =>
        Assert.True(NamedMentions.Of("Hoi Ban Dan van tinh", QueryBuilder.Build("Hoi Ban Dan van tinh", Vocabulary.Empty), QuestionLexicon.Default)
            .ToString().Split(", ").All(m => !m.StartsWith("Hoi", StringComparison.Ordinal)));
}
