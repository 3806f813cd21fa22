using DanVan.Core.Answering;

namespace DanVan.Core.Tests.Answering;

public sealed class QuoteTests
{
    // A report sentence of ~510 characters: the asked duration is in the lead, the rest lists topics.
    private const string Topics =
        "Trong 3 ngày (27 -29/8), các học viên sẽ được tập huấn các chuyên đề: Triển khai Nghị định 60/CP về thực hiện quy chế dân chủ cơ sở trong các doanh nghiệp; " +
        "nội dung và phương pháp thực hiện quy chế dân chủ cơ sở tại cơ quan, đơn vị, địa phương; Công tác dân vận tham gia quy hoạch, xây dựng và thực hiện các dự án " +
        "đầu tư phát triển kinh tế - xã hội, công tác đền bù, giải phóng mặt bằng thu hồi đất, tái định cư; Công tác dân vận trong phối hợp phòng chống ma túy; " +
        "Công tác phối hợp trong tuyền truyền về an toàn giao thông.";

    private static Func<string, Quote.ClauseScore> Holding(string fact, params string[] words) =>
        clause => new Quote.ClauseScore(clause.Contains(fact, StringComparison.Ordinal), words.Count(w => clause.Contains(w, StringComparison.Ordinal)) / (double)Math.Max(1, words.Length));

    [Fact]
    public void ToAnswer_LongSentence_KeepsTheClauseWithTheFactAndMarksTheCut()
    {
        var cut = Quote.ToAnswer(Topics, Holding("3 ngày"));

        Assert.Equal("Trong 3 ngày (27 -29/8), các học viên sẽ được tập huấn các chuyên đề: …", cut.Answer);
        Assert.StartsWith("… Triển khai Nghị định 60/CP", cut.Rest, StringComparison.Ordinal); // what was cut is quoted after, not lost
        Assert.EndsWith("an toàn giao thông.", cut.Rest, StringComparison.Ordinal);
    }

    [Fact]
    public void ToAnswer_FactInALaterClause_KeepsTheLeadThenTheClause()
    {
        var cut = Quote.ToAnswer(Topics, Holding("ma túy", "phòng chống ma túy"));

        Assert.StartsWith("Trong 3 ngày (27 -29/8), các học viên sẽ được tập huấn các chuyên đề: … ", cut.Answer, StringComparison.Ordinal);
        Assert.Contains("Công tác dân vận trong phối hợp phòng chống ma túy", cut.Answer, StringComparison.Ordinal);
        Assert.DoesNotContain("Nghị định 60/CP", cut.Answer, StringComparison.Ordinal);
        Assert.True(cut.Answer.Length <= Quote.MaxAnswerChars);
    }

    // A sentence a little longer than a context quote: what the answer cuts of it is quoted after whole, its last clause too.
    [Fact]
    public void ToAnswer_CutOfASentenceLongerThanAContextQuote_RestHoldsAllThatWasCut()
    {
        var requests = string.Join("; ", Enumerable.Range(1, 8).Select(i => $"đề nghị thứ {i} về công tác dân vận của các sở, ban, ngành trong tỉnh"));
        var sentence = "Để góp phần phòng ngừa, giải quyết, xử lý điểm nóng và khiếu kiện phức tạp trong tình hình hiện nay, đồng chí Phó Trưởng ban "
            + "đề nghị lãnh đạo các sở, ban, ngành: " + requests + ", giải quyết dứt điểm đơn thư ngay từ cơ sở.";
        Assert.InRange(sentence.Length, Quote.MaxSentenceChars + 1, Quote.MaxSentenceChars + Quote.MaxAnswerChars);

        var cut = Quote.ToAnswer(sentence, Holding("khiếu kiện", "khiếu kiện", "đề nghị", "Phó Trưởng ban"));

        Assert.StartsWith("Để góp phần phòng ngừa", cut.Answer, StringComparison.Ordinal);
        Assert.True(cut.Rest?.EndsWith("giải quyết dứt điểm đơn thư ngay từ cơ sở.", StringComparison.Ordinal) == true, cut.Answer + " ||| " + cut.Rest);
    }

    [Fact]
    public void ToAnswer_ShortSentence_Untouched()
    {
        const string sentence = "Sáng 27/8, tại Tp Vinh, UBND tỉnh phối hợp với Ban Dân vận Tỉnh ủy khai mạc lớp bồi dưỡng nghiệp vụ công tác dân vận năm 2013.";

        var cut = Quote.ToAnswer(sentence, Holding("27/8"));

        Assert.Equal(sentence, cut.Answer);
        Assert.Null(cut.Rest);
    }

    [Fact]
    public void ToAnswer_NoClauseHoldsMore_NeverLongerThanTheAnswerLimit()
    {
        var sentence = string.Join(", ", Enumerable.Repeat("công tác dân vận của chính quyền các cấp trên địa bàn tỉnh", 12)) + ".";

        var cut = Quote.ToAnswer(sentence, _ => new Quote.ClauseScore(false, 0));

        Assert.True(cut.Answer.Length <= Quote.MaxAnswerChars + 2, cut.Answer);
        Assert.EndsWith("…", cut.Answer, StringComparison.Ordinal);
    }

    [Fact]
    public void ToAnswer_LongSentenceWithoutClauses_CutAtAWordAndTheRestFollows()
    {
        var sentence = string.Join(" ", Enumerable.Range(1, 90).Select(i => "mục" + i)) + ".";

        var cut = Quote.ToAnswer(sentence, _ => new Quote.ClauseScore(false, 0));

        Assert.True(cut.Answer.Length <= Quote.MaxAnswerChars + 2, cut.Answer);
        Assert.Matches(@"mục\d+ …$", cut.Answer); // never inside a word or number
        var lastKept = cut.Answer.Split(' ')[^2];
        var next = "mục" + (int.Parse(lastKept[3..], System.Globalization.CultureInfo.InvariantCulture) + 1);
        Assert.StartsWith("… " + next + " ", cut.Rest, StringComparison.Ordinal);
        Assert.EndsWith("mục90.", cut.Rest, StringComparison.Ordinal);
    }

    // Clause boundaries never fall inside a number, a date, a quoted name or a parenthesis.
    [Theory]
    [InlineData("Tỷ lệ đạt 1,5 lần so với năm trước và tăng đều qua các năm của giai đoạn này, được đánh giá cao", "1,5")]
    [InlineData("Lớp học diễn ra vào các ngày 27, 28 và 29/8 tại hội trường lớn của Tỉnh ủy, có nhiều học viên", "27, 28 và 29/8")]
    [InlineData("Phong trào thi đua “Dân vận khéo, hiệu quả, thiết thực” được triển khai sâu rộng trong toàn tỉnh", "“Dân vận khéo, hiệu quả, thiết thực”")]
    [InlineData("Ban Tôn giáo (Sở Nội vụ, tỉnh Đắk Nông; trực thuộc UBND) phối hợp tổ chức lớp bồi dưỡng kiến thức", "(Sở Nội vụ, tỉnh Đắk Nông; trực thuộc UBND)")]
    [InlineData("Hội nghị bắt đầu lúc 7:30 sáng ngày thứ hai tại hội trường, kéo dài đến hết buổi chiều; có nhiều đại biểu", "7:30")]
    public void Clauses_NeverSplitInsideNumbersDatesQuotesOrParentheses(string sentence, string whole)
    {
        var clauses = Quote.Clauses(sentence).Select(c => sentence[c.Start..c.End]).ToList();

        Assert.Equal(sentence, string.Concat(clauses));
        Assert.Contains(clauses, c => c.Contains(whole, StringComparison.Ordinal));
    }

    [Fact]
    public void Clauses_SplitAtSemicolonsColonsAndLongListCommas()
    {
        var clauses = Quote.Clauses(Topics).Select(c => Topics[c.Start..c.End].Trim()).ToList();

        Assert.Equal("Trong 3 ngày (27 -29/8), các học viên sẽ được tập huấn các chuyên đề:", clauses[0]);
        Assert.Contains("Công tác dân vận trong phối hợp phòng chống ma túy;", clauses);
        Assert.True(clauses.Count >= 6);
    }

    [Fact]
    public void Cut_ContextSentenceUpToTheLimit_Untouched()
    {
        Assert.Equal(Topics, Quote.Cut(Topics));
    }
    // A list of topics of 508 characters: the lead-in says when the course was, the items are what a list question asks.
    private const string CaMauTopics =
        "Lớp bồi dưỡng diễn ra từ ngày 1 đến ngày 3/11, các học viên được nghiên cứu, học tập nhiều nội dung quan trọng về: Công tác dân vận trong tình hình mới; " +
        "Công tác dân vận của chính quyền và các cơ quan Nhà nước, xây dựng và thực hiện quy chế dân chủ ở cơ sở, thực tiễn tỉnh Cà Mau; Đổi mới nội dung, phương thức " +
        "hoạt động của Mặt trận Tổ quốc và các tổ chức chính trị - xã hội trong giai đoạn hiện nay; Công tác dân vận đối với đồng bào dân tộc thiểu số, đồng bào tôn giáo; " +
        "Dân vận khéo và nghiệp vụ dân vận…";

    [Fact]
    public void KeepingList_ListFitsWithoutTheFrontOfItsLeadIn_CutsTheLeadInAtAComma()
    {
        var cut = Quote.KeepingList(CaMauTopics, CaMauTopics.IndexOf("Công tác", StringComparison.Ordinal), Quote.MaxAnswerChars);

        Assert.NotNull(cut);
        Assert.Equal("… các học viên được nghiên cứu, học tập nhiều nội dung quan trọng về: Công tác dân vận trong tình hình mới;", cut.Answer[..107]);
        Assert.EndsWith("Dân vận khéo và nghiệp vụ dân vận…", cut.Answer, StringComparison.Ordinal);
        Assert.True(cut.Answer.Length <= Quote.MaxAnswerChars);
    }

    [Fact]
    public void KeepingList_ShortSentence_IsUnchanged() =>
        Assert.Equal("Lớp học có các chuyên đề: A; B.", Quote.KeepingList("Lớp học có các chuyên đề: A; B.", 26, Quote.MaxAnswerChars)!.Answer);

    [Fact]
    public void KeepingList_ListLongerThanTheLimit_IsNull() =>
        Assert.Null(Quote.KeepingList(CaMauTopics, CaMauTopics.IndexOf("Công tác", StringComparison.Ordinal), 200));

    [Theory]
    [InlineData(new[] { 100, 150 }, 500, new[] { 100, 150 })] // all fit
    [InlineData(new[] { 300, 300 }, 500, new[] { 250, 250 })] // equal shares
    [InlineData(new[] { 400, 100 }, 500, new[] { 400, 100 })] // exactly fits
    [InlineData(new[] { 400, 100, 300 }, 500, new[] { 200, 100, 200 })] // the short one keeps its length, the others share the rest
    public void FairShares_SharesTheRoom(int[] lengths, int room, int[] expected) => Assert.Equal(expected, Quote.FairShares(lengths, room));
}
