using DanVan.Core.Answering;
using DanVan.Core.Tests.Retrieval;
using DanVan.Core.Tests.Support;

namespace DanVan.Core.Tests.Answering;

public sealed class QuestionAnswererTests : IClassFixture<KnowledgeFixture>
{
    private readonly IQuestionAnswerer _answerer;

    public QuestionAnswererTests(KnowledgeFixture fixture) => _answerer = fixture.Services.Get<IQuestionAnswerer>();

    [Fact]
    public async Task AnswerAsync_BinhPhuocFigure_IsQuotedWithCitationAndSources()
    {
        var answer = await _answerer.AnswerAsync("Năm 2016 Bình Phước tập huấn cho bao nhiêu cán bộ dân vận?");

        Assert.True(answer.Grounded);
        Assert.Contains("800 cán bộ", answer.Text, StringComparison.Ordinal);
        Assert.Contains("[1]", answer.Body, StringComparison.Ordinal);
        var sourcesBlock = answer.Text[answer.Text.IndexOf("\nNguồn:", StringComparison.Ordinal)..];
        Assert.Contains("[1] Bình Phước: Hơn 800 cán bộ", sourcesBlock, StringComparison.Ordinal);
        Assert.Contains("06/02/2017", sourcesBlock, StringComparison.Ordinal);
        Assert.Contains("baobinhphuoc.com.vn", sourcesBlock, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_MegabyteQuestion_IsReadOnItsFirstPart()
    {
        var question = "Năm 2016 Bình Phước tập huấn cho bao nhiêu cán bộ dân vận? " + string.Concat(Enumerable.Repeat("dân vận khéo ", 1024 * 1024 / 13));

        var answer = await _answerer.AnswerAsync(question);

        Assert.True(answer.Grounded);
        Assert.Contains("800 cán bộ", answer.Text, StringComparison.Ordinal);
        Assert.InRange(answer.Question.Length, 60, DanVan.Core.Retrieval.QueryBuilder.MaxQuestionChars);
        Assert.StartsWith("Năm 2016 Bình Phước", answer.Question, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_EveryCitation_HasASource()
    {
        var answer = await _answerer.AnswerAsync("phong trao dan van kheo o ca mau");
        Assert.True(answer.Grounded);
        var cited = System.Text.RegularExpressions.Regex.Matches(answer.Body, @"\[(\d+)\]").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).Distinct().Order();
        Assert.Equal(Enumerable.Range(1, answer.Sources.Count), cited);
        Assert.All(answer.Body.Split('\n'), line => Assert.Contains(answer.Sources, s => s.Text.Contains(line[..line.LastIndexOf(" [", StringComparison.Ordinal)], StringComparison.Ordinal)));
    }

    // Through the whole answering path: each ask's fact in the answer part (its first 500 characters, before the context).
    [Theory]
    [InlineData("Bình Phước năm 2016, đợt tập huấn đầu tiên của tỉnh dành cho gần bao nhiêu học viên, và hội nghị lớn nhất quán triệt chỉ thị số mấy của Thủ tướng?", new[] { "gần 250 học viên", "16/2016/CT-TTg" })]
    [InlineData("Quy chế dân vận xã Phước Thịnh quy định \"4 xin, 4 luôn\" tại Điều mấy?", new[] { "Điều 5", "xin chào, xin lỗi" })]
    [InlineData("Liệt kê giúp các nội dung mà lớp bồi dưỡng dân vận ở Cà Mau cho học viên nghiên cứu", new[] { "tình hình mới", "đồng bào tôn giáo", "Dân vận khéo và nghiệp vụ dân vận" })]
    public async Task AnswerAsync_AskedFacts_InTheAnswerPart(string question, string[] facts)
    {
        var answer = await _answerer.AnswerAsync(question);

        Assert.True(answer.Grounded);
        var lead = DanVan.Core.Evaluation.Evaluator.Lead(answer.Body);
        lead = lead[..Math.Min(lead.Length, DanVan.Core.Evaluation.Evaluator.LeadChars)];
        Assert.All(facts, fact => Assert.True(lead.Contains(fact, StringComparison.Ordinal), answer.Body));
    }

    [Theory]
    [InlineData("giá vàng hôm nay bao nhiêu")]
    [InlineData("thoi tiet ha noi ngay mai")]
    [InlineData("công thức nấu phở bò")]
    public async Task AnswerAsync_OutOfDomain_SaysSoWithoutSources(string question)
    {
        var answer = await _answerer.AnswerAsync(question);
        Assert.False(answer.Grounded);
        Assert.DoesNotContain("Nguồn:", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("[1]", answer.Text, StringComparison.Ordinal);
        Assert.Empty(answer.Sources);
        Assert.Contains("/help", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Cà Mau có mấy huyện?")] // the materials name Cà Mau's huyện but never count them
    [InlineData("Năm 2030 Bình Phước tập huấn dân vận cho bao nhiêu cán bộ?")] // no material covers 2030
    [InlineData("Lớp dân vận ở Lào Cai khai mạc ngày nào?")] // nor Lào Cai
    [InlineData("Năm 2019 Cà Mau bồi dưỡng nghiệp vụ dân vận cho lãnh đạo các sở, ngành phải không?")] // 2019 is Ninh Bình's year
    [InlineData("Lớp bồi dưỡng dân vận ở Cà Mau tổ chức năm nào?")] // its article gives the day, never the year
    [InlineData("Hiện nay ai giữ cương vị Trưởng Ban Dân vận Trung ương?")] // only a former deputy head is named
    [InlineData("Bình Phước năm 2017 mở mấy lớp tập huấn dân vận?")] // the 2017 article counts 2016's classes
    [InlineData("Ban Dân vận Trung ương thành lập vào năm nào?")] // years are given, none of a founding
    [InlineData("Lớp dân vận chính quyền ở Nghệ An năm 2014 khai giảng hôm nào?")] // 2014 is only the 2013 course's plan
    [InlineData("Phó Trưởng Ban Dân vận Tỉnh ủy Cà Mau là ai?")] // only the head is named
    public async Task AnswerAsync_TopicCoveredButNotTheFactAsked_SaysTheMaterialsDoNotAnswer(string question)
    {
        var answer = await _answerer.AnswerAsync(question);
        Assert.False(answer.Grounded);
        Assert.NotEqual(AnswerOutcome.Answered, answer.Outcome);

        // Related material is offered as such, never as the answer.
        if (answer.Outcome == AnswerOutcome.Related)
        {
            Assert.StartsWith(AnswerTexts.RelatedOnly, answer.Text, StringComparison.Ordinal);
            Assert.NotEmpty(answer.Sources);
        }
        else
        {
            Assert.Empty(answer.Sources);
        }
    }

    [Theory]
    [InlineData("Năm 2016 Bình Phước tập huấn dân vận cho bao nhiêu cán bộ?")]
    [InlineData("Năm 2016 Bình Phuớc tập huấn dân vận cho bao nhiêu cán bộ?")] // a slip in the province's diacritics
    public async Task AnswerAsync_SameQuestionAboutACoveredYear_IsAnswered(string question)
    {
        var answer = await _answerer.AnswerAsync(question);
        Assert.True(answer.Grounded);
        Assert.Contains("800 cán bộ", answer.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_QuestionAskingTwoThings_QuotesASentenceForEach()
    {
        var answer = await _answerer.AnswerAsync("Lớp bồi dưỡng ở Nghệ An năm 2013 khai mạc ở đâu, học trong mấy ngày?");
        Assert.True(answer.Grounded);
        Assert.Contains("Tp Vinh", answer.Body, StringComparison.Ordinal);
        Assert.Contains("3 ngày", answer.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_ProvinceTypedWithASlip_FindsItsCourse()
    {
        var answer = await _answerer.AnswerAsync("ai gioi thieu chuyen de diem nong o lop dan van Ninh Bin nam 2019");
        Assert.True(answer.Grounded);
        Assert.Contains("ninh-binh", answer.Sources[0].Path, StringComparison.Ordinal);
        Assert.Contains("Nguyễn Thế Trung", answer.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    [InlineData("?!")]
    public async Task AnswerAsync_EmptyQuestion_GetsShortHelp(string question)
    {
        var answer = await _answerer.AnswerAsync(question);
        Assert.Equal(AnswerTexts.EmptyQuestion, answer.Text);
        Assert.False(answer.Grounded);
    }

    [Theory]
    [MemberData(nameof(QueryBuilderTests.Hostile), MemberType = typeof(QueryBuilderTests))]
    public async Task AnswerAsync_HostileText_AnswersOrDeclinesPolitely(string question)
    {
        var answer = await _answerer.AnswerAsync(question);
        Assert.False(string.IsNullOrWhiteSpace(answer.Text));
    }

    [Fact]
    public async Task AnswerAsync_TenThousandCharacters_IsHandledLikeAShortQuestion()
    {
        var question = "Năm 2016 Bình Phước tập huấn cho bao nhiêu cán bộ dân vận? " + new string('x', 2000) + string.Concat(Enumerable.Repeat(" lorem ipsum", 700));
        Assert.True(question.Length >= 10_000);
        var answer = await _answerer.AnswerAsync(question);
        Assert.Contains("800", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_FollowUp_CarriesTheEarlierSubject()
    {
        var answer = await _answerer.AnswerAsync("còn đợt 2 có bao nhiêu học viên?", "Bình Phước năm 2016 tập huấn dân vận");
        Assert.True(answer.Grounded);
        Assert.Contains("170 học viên", answer.Text, StringComparison.Ordinal);
    }

    // The regulation of the dev-set documents: Điều 9 has clauses 1–3, Điều 10 clauses 1–4, Điều 5 clause 2 points a–c.
    [Theory]
    [InlineData("khoan 4 dieu 9 quy che dan van xa phuoc thinh noi gi", "khoản 4 Điều 9")]
    [InlineData("K.5 Điều 10 quy chế dân vận xã Phước Thịnh quy định gì?", "khoản 5 Điều 10")]
    [InlineData("Điểm d khoản 2 Điều 5 quy chế dân vận xã Phước Thịnh quy định gì?", "điểm d khoản 2 Điều 5")]
    public async Task AnswerAsync_ClauseTheNamedArticleDoesNotHave_IsDeclinedNamingIt(string question, string missing)
    {
        var answer = await _answerer.AnswerAsync(question);

        Assert.False(answer.Grounded);
        Assert.Equal(AnswerTexts.NotMentioned([missing]), answer.Text);
    }

    [Theory]
    [InlineData("khoản 2 Điều 9 quy chế dân vận xã Phước Thịnh nói gì?", "2. Khối dân vận xã họp định kỳ mỗi quý một lần")]
    [InlineData("QC CTDV xã Phước Thịnh Đ5 k4: cán bộ xã tiếp dân phải thực hiện những gì?", "4. Cán bộ, công chức xã khi tiếp xúc")]
    [InlineData("Điểm b khoản 2 Điều 5 quy chế dân vận xã Phước Thịnh quy định gì?", "b) Tổ chức đối thoại với nhân dân")]
    [InlineData("Theo Đ5 k2 QC dân vận xã Phước Thịnh, Chủ tịch UBND xã trả lời kiến nghị cử tri trong bao lâu?", "c) Trả lời kiến nghị của cử tri")]
    public async Task AnswerAsync_ClauseOfTheNamedArticle_IsQuotedFirst(string question, string clause)
    {
        var answer = await _answerer.AnswerAsync(question);

        Assert.True(answer.Grounded);
        Assert.StartsWith(clause, answer.Body, StringComparison.Ordinal);
    }

    // Typos read as the words meant: a word split in two, words run together, telex residue, a misspelt word.
    [Theory]
    [InlineData("Cuộc tập huấn dân vận nào ở Bình Phước được xem là đông ng ười nhất từ trước tới giờ?", "quy mô lớn nhất")]
    [InlineData("ha nam nam 2022 aidung dau co quan dan van cua tinh uy", "Đinh Thị Lụa")]
    [InlineData("Năm 2016 BDVTU Bì nh Phước tham mưu triển khai KH hành động số mấy và Đề án số mấy của TU về nâng cao năng lực CTDV?", "27-KH/BDVTU")]
    [InlineData("Kế hoạch hành đông số mấy cuar Ban Dân vận Tỉnh ủy Bình Phươc được triển khai năm 2016?", "27-KH/BDVTU")]
    [InlineData("BDVTU Bình Phước 2016 có KH hành động số mấy ddeer triển khai NQ ĐH XII về CTDV?", "27-KH/BDVTU")]
    public async Task AnswerAsync_QuestionWithATypo_IsAnsweredAsTheQuestionMeant(string question, string fact)
    {
        var answer = await _answerer.AnswerAsync(question);

        Assert.Equal(AnswerOutcome.Answered, answer.Outcome);
        Assert.Contains(fact, answer.Text, StringComparison.Ordinal);
        Assert.Equal(question, answer.Question);
    }

    // Abbreviations as cadres type them: dotted, with Đ where the D spelling is another entry, a short form that is also a
    // syllable ("tu": Tỉnh ủy after "dân vận"), glued to a number, and short forms of the words the documents write out.
    [Theory]
    [InlineData("Trưởng B.D.V.T.U Hà Nam năm 2022 là ai?", "Đinh Thị Lụa")]
    [InlineData("Lớp Nghệ An 2013 có chuyên đề về dân chủ trong doanh nghiệp theo NĐ số mấy?", "Nghị định 60/CP")]
    [InlineData("truong ban dan van tu ca mau phat bieu khai mac lop boi duong nghiep vu la ai", "Lê Thanh Triều")]
    [InlineData("Ở xã Phước Thịnh, Mặt trận tổ chức ngày hội đoàn kết ở KDC vào dịp nào?", "18/11")]
    [InlineData("quy che dan van xa Phuoc Thinh: HDND xa moi nam to chuc it nhat may cuoc GS chuyen de", "01 cuộc giám sát")]
    public async Task AnswerAsync_QuestionWithAbbreviations_IsAnsweredAsWrittenOut(string question, string fact)
    {
        var answer = await _answerer.AnswerAsync(question);

        Assert.Equal(AnswerOutcome.Answered, answer.Outcome);
        Assert.Contains(fact, answer.Text, StringComparison.Ordinal);
    }

    // The body an office heads ends where what its holder did begins ("phát biểu", "trình bày"); a body named by its
    // role ("chính quyền tỉnh") is the one the materials name (Ủy ban nhân dân tỉnh); "lãnh đạo đơn vị nào" asks the body.
    [Theory]
    [InlineData("Lớp bồi dưỡng dân vận vùng đồng bào dân tộc thiểu số và tôn giáo Đắk Nông 2021, Phó trưởng BDVTU phát biểu khai mạc là ai?", "Điểu Thị Hảo")]
    [InlineData("Lớp bồi dưỡng dân vận các cơ quan nhà nước Ninh Bình 2019, Phó trưởng Ban Dân vận Tỉnh ủy phát biểu là ai?", "Nguyễn Thị Hồng Hạnh")]
    [InlineData("Người đứng đầu chính quyền tỉnh Bình Phước đích thân quán triệt nghị quyết ở hội nghị dân vận chính quyền giữa năm 2016 là ai?", "Nguyễn Văn Trăm")]
    [InlineData("Ai lên lớp truyền đạt chuyên đề ở buổi tập huấn dân vận Hà Nam cuối tháng 3/2022, người đó đang làm lãnh đạo đơn vị nào ở TW?", "Vy Tư Liệu")]
    public async Task AnswerAsync_OfficeHolderNamedByWhatTheyDid_IsAnswered(string question, string person)
    {
        var answer = await _answerer.AnswerAsync(question);

        Assert.Equal(AnswerOutcome.Answered, answer.Outcome);
        Assert.Contains(person, answer.Text, StringComparison.Ordinal);
    }
    // Everyday questions sharing a generic word of the domain with a passage ("hội nghị", "bồi dưỡng"), not what they are
    // about ("khách hàng", "học sinh giỏi"), nor a day or a name the materials never write: declined, without a quote
    // presented as the answer. A question about the materials naming nothing is still answered.
    [Theory]
    [InlineData("Hội nghị khách hàng của công ty năm nay nên tặng quà gì?", null)]
    [InlineData("boi duong hoc sinh gioi toan lop 9 co tai lieu nao hay", null)]
    [InlineData("Hội nghị thượng đỉnh APEC lần này tổ chức ở nước nào?", "APEC")]
    [InlineData("Lễ 30/4 năm nay tổ dân phố có tổ chức hội nghị không?", "30/4")]
    public async Task AnswerAsync_EverydayQuestionSharingAGenericWord_IsDeclined(string question, string? notMentioned)
    {
        var answer = await _answerer.AnswerAsync(question);

        Assert.NotEqual(AnswerOutcome.Answered, answer.Outcome);
        Assert.False(answer.Grounded);
        if (notMentioned is not null)
        {
            Assert.Contains("không nhắc tới", answer.Text, StringComparison.Ordinal);
            Assert.Contains(notMentioned, answer.Text, StringComparison.Ordinal);
        }
    }

    // A province typed with a letter missing is a slip, not a name the materials never mention: mid-sentence, opening
    // the question (its first word is left out of the names, the run it opens is still read), and typed without
    // diacritics in lower case (the word a letter put in makes written does not raise the topic bar).
    [Theory]
    [InlineData("Năm 2016 Bình Phưc tập huấn dân vận cho bao nhiêu cán bộ?")]
    [InlineData("Bình Phưc năm 2016 tập huấn dân vận cho bao nhiêu cán bộ?")]
    [InlineData("Lớp bồi dưỡng nghiệp vụ dân vận ở Cà Ma có những nội dung gì?")]
    [InlineData("nam 2016 binh phuc tap huan dan van cho bao nhieu can bo")]
    public async Task AnswerAsync_ProvinceTypedWithALetterMissing_IsAnswered(string question)
    {
        var answer = await _answerer.AnswerAsync(question);

        Assert.Equal(AnswerOutcome.Answered, answer.Outcome);
        Assert.DoesNotContain("không nhắc tới", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Mỗi cán bộ, công chức xã được phân công phụ trách ít nhất mấy thôn?", "01 thôn")]
    [InlineData("Người có uy tín trong đồng bào dân tộc thiểu số có vai trò gì?", "uy tín")]
    public async Task AnswerAsync_QuestionAboutTheMaterialsNamingNothing_IsAnswered(string question, string fact)
    {
        var answer = await _answerer.AnswerAsync(question);

        Assert.Equal(AnswerOutcome.Answered, answer.Outcome);
        Assert.Contains(fact, answer.Body, StringComparison.Ordinal);
    }

    // A confirmation question stating a wrong value asks that value: the answer quotes the passage stating the true one.
    [Theory]
    [InlineData("Buổi tập huấn dân vận Hà Nam năm 2022 hình như diễn ra hôm 30/4 phải không?", "30/3")] // a day
    [InlineData("Mình nhớ ở lớp Nghệ An 2013, ông Đại có nhắc tiếp tục làm theo chỉ thị số 16 của Thủ tướng, có đúng không?", "18/2000")] // a document's number
    [InlineData("Năm 2016 Bình Phước tập huấn cho gần 2000 cán bộ dân vận phải không?", "800 cán bộ")] // a count stated approximately, not a year
    [InlineData("Hình như lớp ở Nghệ An năm 2013 khai giảng năm 2014 phải không?", "Sáng 27/8")] // a year
    public async Task AnswerAsync_WrongGuessConfirmed_QuotesTheTrueValue(string question, string value)
    {
        var answer = await _answerer.AnswerAsync(question);
        Assert.Equal(AnswerOutcome.Answered, answer.Outcome);
        Assert.Contains(value, answer.Body, StringComparison.Ordinal);
    }

    // The value that names what the guess is about is still a name the materials must write.
    [Theory]
    [InlineData("Buổi tập huấn dân vận Hà Nam năm 2015 hình như diễn ra hôm 30/3 phải không?")] // the course's year
    [InlineData("Có phải năm 2025 Bình Phước mở lớp tập huấn dân vận không?")] // the year places the act
    [InlineData("Chỉ thị số 73 của Thủ tướng phải không?")] // the document is all it names
    [InlineData("Lớp dân vận ở Lào Cai khai mạc hôm 30/3 phải không?")] // the province
    public async Task AnswerAsync_GuessNamingWhatItIsAbout_IsNotAnswered(string question)
    {
        var answer = await _answerer.AnswerAsync(question);
        Assert.NotEqual(AnswerOutcome.Answered, answer.Outcome);
    }

    // What a question is about must be in the supporting document beyond what grounds it and beyond the officials'
    // shared words: a province of the materials alone, or "công chức cấp xã" alone, answers nothing about waterfalls or
    // a civil-service exam (both were answered with a quote about dân vận); a paraphrase in everyday words whose own words
    // the document holds, and a question about the commune's regulation in its officials' words, still are.
    [Theory]
    [InlineData("Dak Nong co thac nao dep de di choi?", false)]
    [InlineData("Thi tuyen cong chuc cap xa nam nay thi nhung mon gi?", false)]
    [InlineData("Hồi năm 2016 bên Bình Phước tổng cộng mở mấy lớp cho anh em làm dân vận, được chừng bao nhiêu người đi học vậy?", true)]
    [InlineData("quy che phuoc thinh: cu tri gop y thi chu tich ubnd xa phai tra loi trong bao lau", true)]
    public async Task AnswerAsync_WhatTheQuestionIsAbout_MustBeInTheDocument(string question, bool answered)
    {
        var answer = await _answerer.AnswerAsync(question);
        Assert.Equal(answered, answer.Outcome == AnswerOutcome.Answered);
    }
}
