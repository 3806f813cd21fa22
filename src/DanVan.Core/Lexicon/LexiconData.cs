using System.Text.Json.Serialization;

namespace DanVan.Core.Lexicon;

/// <summary>
/// The JSON shape of a lexicon file (<c>Lexicon/lexicon.json</c> shipped with the app, and the optional file an admin
/// keeps beside <c>knowledge/</c>). Every list is optional; a local file's entries are added to the shipped ones.
/// </summary>
public sealed partial class LexiconData
{
    /// <summary>Kinds of fact a question asks (count, year, day, time, venue, place, person, name) → their cue phrases.</summary>
    public Dictionary<string, List<string>> Kinds { get; set; } = [];

    /// <summary>Cues right before what a count counts ("bao nhiêu người").</summary>
    public List<string> CountAskers { get; set; } = [];

    /// <summary>Words for "the number of" ("số", "tổng số"): "số người dự lớp là bao nhiêu" counts người.</summary>
    public List<string> CountNouns { get; set; } = [];

    /// <summary>Words after which a number names something ("số 05", "lần thứ XX").</summary>
    public List<string> NumberedMarkers { get; set; } = [];

    /// <summary>Ways of asking that are never search terms.</summary>
    public List<string> QuestionPhrases { get; set; } = [];

    /// <summary>Units: words for people (any counts people) and groups of a unit's other names.</summary>
    public UnitData Units { get; set; } = new();

    public List<string> NumberWords { get; set; } = [];

    /// <summary>Phrases where a number word is no count ("một số").</summary>
    public List<string> Quantifiers { get; set; } = [];

    /// <summary>Words that say how often or how long without a digit ("hằng", "định kỳ").</summary>
    public List<string> PeriodWords { get; set; } = [];

    public OfficeData Offices { get; set; } = new();

    /// <summary>Bodies: the first name is the one the materials write, the others what cadres call it.</summary>
    public List<List<string>> Bodies { get; set; } = [];

    /// <summary>How a body is described by what it does rather than named ("ban lo dân vận của tỉnh ủy"): see <see cref="BodyDescriptionData"/>.</summary>
    public BodyDescriptionData BodyDescriptions { get; set; } = new();

    /// <summary>Domain synonyms and paraphrases; each set works both ways.</summary>
    public List<List<string>> Synonyms { get; set; } = [];

    /// <summary>
    /// Acts a person or a date is asked about ("do ai trình bày", "ký", "giữ chức … từ năm nào"), each group the ways of
    /// saying one act: the sentence that names the person (or the window with the date) must say one of them.
    /// </summary>
    public List<List<string>> Events { get; set; } = [];

    /// <summary>
    /// Words a syllable of a question cue is part of, written otherwise ("bộ máy", "bắt đầu"): typed without diacritics
    /// ("bo may"), the syllable is that word's, not the cue "mấy". Every phrase of two syllables or more elsewhere in
    /// the lexicon counts too.
    /// </summary>
    public List<string> Words { get; set; } = [];

    /// <summary>What answers "X là gì": the words that define a term after it, and the heads that make "X là gì" ask content, not a definition.</summary>
    public DefinitionData Definitions { get; set; } = new();

    /// <summary>Events of a course itself: a date asked for any of them is met by any dated sentence about the course.</summary>
    public List<string> CourseEvents { get; set; } = [];

    /// <summary>Words between what a date hangs on and its asker that say nothing of it.</summary>
    public List<string> FocusGap { get; set; } = [];

    /// <summary>Words that end what narrows a count ("bao nhiêu tín đồ Công giáo và …").</summary>
    public List<string> QualifierEnds { get; set; } = [];

    /// <summary>What a count, a percentage or a rate measures, and whether it was planned or achieved.</summary>
    public MeasureData Measures { get; set; } = new();

    /// <summary>
    /// What a question may ask of a person, a body or a thing that the materials seldom give ("quê", "năm sinh", "số điện
    /// thoại", "mức lương"): named in a clause that asks, it is what the answer hangs on, so the sentence answering must say it.
    /// </summary>
    public List<string> Attributes { get; set; } = [];

    /// <summary>
    /// What a question may ask of a thing that only its own words state ("tiêu chuẩn", "nguồn gốc", "tiền thân", "hiệu
    /// lực", "hài lòng", "tốt nhất"): groups of phrases that say the same aspect. A group named in a clause that asks (or
    /// in a yes/no clause: "còn hiệu lực không") is what the answer hangs on, so the window supporting it must say a phrase
    /// of the group (or a synonym of one); else the materials only touch the topic.
    /// </summary>
    public List<List<string>> Aspects { get; set; } = [];

    /// <summary>An amount of money asked ("kinh phí … bao nhiêu", "bao nhiêu tiền") and how a sentence states one: see <see cref="MoneyData"/>.</summary>
    public MoneyData Money { get; set; } = new();

    /// <summary>What asks an article's or a clause's number right after its word ("Điều mấy", "khoản nào").</summary>
    public List<string> ArticleNumberAskers { get; set; } = [];

    /// <summary>Who a course is for ("những ai đi học", "dành cho đối tượng nào"): answered by the groups it lists.</summary>
    public ParticipantData Participants { get; set; } = new();

    /// <summary>What asks for an enumeration ("kể tên", "những … nào"): the sentence that lists is the answer.</summary>
    public ListData Lists { get; set; } = new();

    public List<string> TimeAskers { get; set; } = [];

    /// <summary>
    /// "kéo dài", "mất bao lâu": a time asked as a span ("trong 2 ngày" answers it, "Sáng 17/5" only meets it). Not "bao
    /// lâu" alone: "bao lâu họp một lần" asks how often.
    /// </summary>
    public List<string> DurationAskers { get; set; } = [];

    /// <summary>
    /// "mấy giờ", "lúc mấy giờ": a time of day asked; only a sentence stating a clock time answers it (a number and a
    /// word of <see cref="ClockUnits"/>, "7h30", "8 giờ", "14:00"), not the day alone ("Sáng 17/5"). Also time askers.
    /// </summary>
    public List<string> ClockAskers { get; set; } = [];

    /// <summary>The words after an hour of a clock time ("giờ", "h", "g": "8 giờ", "7h30", "7g30").</summary>
    public List<string> ClockUnits { get; set; } = [];

    /// <summary>"vì sao", "lý do": what asks the reason of the act the question names.</summary>
    public List<string> ReasonAskers { get; set; } = [];

    /// <summary>Reasons, purposes and results: how a question asks them and how a sentence states them (see <see cref="ReasonData"/>).</summary>
    public ReasonData Reasons { get; set; } = new();

    /// <summary>"ở", "tại": what opens a venue.</summary>
    public List<string> VenueAskers { get; set; } = [];

    /// <summary>
    /// Nouns of a span of years ("giai đoạn", "nhiệm kỳ"): right before two numbers of two digits joined by a dash
    /// ("giai đoạn 21-22") they are the years written short, read as the full years ("giai đoạn 2021-2022"), as are the
    /// last two digits after a full year ("2021-22").
    /// </summary>
    public List<string> YearSpanNouns { get; set; } = [];

    /// <summary>Words after "ở … nào" that ask for a place kind, not a venue ("ở tỉnh nào").</summary>
    public List<string> VenueNotPlaces { get; set; } = [];

    public List<string> VenueWords { get; set; } = [];

    public List<string> OnlineWords { get; set; } = [];

    /// <summary>Kinds of locality a question may ask "which" of ("huyện nào").</summary>
    /// <summary>"Ban", "Sở", "Hội": what opens the name of a body ("Ban Tuyên giáo", "Sở Nội vụ"), which the evidence must name too.</summary>
    public List<string> BodyKinds { get; set; } = [];

    public List<string> Localities { get; set; } = [];

    public List<string> PersonMarkers { get; set; } = [];

    public List<string> PersonTitles { get; set; } = [];

    /// <summary>Words that make "tên là gì" ask a person's name.</summary>
    public List<string> PersonNameWords { get; set; } = [];

    public List<string> FamilyNames { get; set; } = [];

    public List<string> SayingVerbs { get; set; } = [];

    /// <summary>Words that frame what follows as given, not asked ("Ngoài mấy chuyên đề chính, … còn gì?"): a cue right after one asks nothing.</summary>
    public List<string> GivenFrames { get; set; } = [];

    /// <summary>
    /// Words that make a yes/no clause check a guess ("Có phải … là trưởng ban … không?", "Hình như người giảng chính là …
    /// phải không?"): <see cref="PremiseOpeners"/> in a clause that ends in a yes/no closer of <see cref="FormData.YesNoClosers"/>,
    /// or <see cref="PremiseClosers"/> ending it. When the clause names what someone did or was at a course, it asks who
    /// that was, and the office it guesses is not what the answer must hold: the answer says who did it.
    /// </summary>
    public List<string> PremiseOpeners { get; set; } = [];

    /// <summary>Closers that end a clause checking a guess ("phải không", "đúng không"); see <see cref="PremiseOpeners"/>.</summary>
    public List<string> PremiseClosers { get; set; } = [];

    /// <summary>
    /// Acts that date a document ("ban hành", "ký"): a sentence dating a document by its kind and number ("Quy chế số
    /// 05-QC/ĐU ngày 20/6/2018") says when it was issued, so it holds a date asked of one of them.
    /// </summary>
    public List<string> IssuingActs { get; set; } = [];

    /// <summary>What a clause checking a guess guesses: see <see cref="GuessData"/>.</summary>
    public GuessData Guesses { get; set; } = new();

    /// <summary>Words before "năm YYYY" that make the year a plan, not a report ("kế hoạch năm 2024").</summary>
    public List<string> PlannedYearWords { get; set; } = [];

    /// <summary>The time a question asks of that a dated document cannot state: see <see cref="TimeScopeData"/>.</summary>
    public TimeScopeData TimeScope { get; set; } = new();

    public List<string> PlaceWords { get; set; } = [];

    /// <summary>"nào": what makes a kind of place a question ("huyện nào").</summary>
    public List<string> WhichWords { get; set; } = [];

    /// <summary>Words that end the name of a body after an office ("Trưởng ban … hiện nay").</summary>
    public List<string> BodyEnds { get; set; } = [];

    /// <summary>A body's level written after its name ("Trung ương", "Tỉnh ủy"): a kind of body, two words and one of these typed without diacritics name a body ("ban tuyen giao trung uong").</summary>
    public List<string> BodyLevels { get; set; } = [];

    /// <summary>"gì về": what a person said about a topic.</summary>
    public List<string> AboutAskers { get; set; } = [];

    /// <summary>The word before a regulation's article number ("Điều 5").</summary>
    public List<string> ArticleWords { get; set; } = [];

    /// <summary>The words before a clause's number within an article ("khoản 4", "k4", "K.4").</summary>
    public List<string> ClauseWords { get; set; } = [];

    /// <summary>The word before a point's letter within an article or clause ("điểm a").</summary>
    public List<string> PointWords { get; set; } = [];

    /// <summary>
    /// Words that place a time against an event ("sau khi", "trước mỗi"), among the period words: they tell when
    /// ("khi nào"), never which day ("hôm nào": "Sau khi nghe phát biểu khai mạc" gives no day).
    /// </summary>
    public List<string> RelativeTimes { get; set; } = [];

    /// <summary>Kinds of document a question may name by number ("Chỉ thị 18", "Nghị định 60/CP").</summary>
    public List<string> DocumentTypes { get; set; } = [];

    /// <summary>Topics of other fields (everyday life, other professions), two syllables or more (otherfields.json).</summary>
    public List<string> OtherFields { get; set; } = [];

    /// <summary>The question's form apart from what it asks: chat around it and a count asker that asks no count (<see cref="FormData"/>).</summary>
    public FormData Form { get; set; } = new();

    [JsonExtensionData]
    public Dictionary<string, System.Text.Json.JsonElement>? Other { get; set; }

    /// <summary>Units a count may be asked in.</summary>
    public sealed class UnitData
    {
        public List<string> People { get; set; } = [];

        /// <summary>Words for people of one kind ("đảng viên", "tín đồ"): a count of them is met by that word, not by any other word for people ("185 học viên").</summary>
        public List<string> PeopleOfKind { get; set; } = [];

        public List<List<string>> OtherNames { get; set; } = [];

        /// <summary>Counters of the same things ("lần", "cuộc", "lượt"), used for counts only, never as search synonyms.</summary>
        public List<List<string>> Classes { get; set; } = [];

        /// <summary>
        /// Words that number a thing in turn and name the same number ("khóa", "lần thứ", "nhiệm kỳ"): "khóa mấy" asks
        /// the number after any of them ("Đại hội Đảng bộ tỉnh lần thứ XX"), not how many.
        /// </summary>
        public List<List<string>> Ordinals { get; set; } = [];

        /// <summary>Units of time ("ngày", "tháng"): a number right before one counts time ("trong 3 ngày, các học viên" is no count of học viên).</summary>
        public List<string> Time { get; set; } = [];

        /// <summary>
        /// Classifiers a text may leave out before the counted noun ("mấy câu xin" ← "4 xin", "mấy chữ luôn" ← "4 luôn"):
        /// after one, the next word is counted too.
        /// </summary>
        public List<string> Classifiers { get; set; } = [];
    }

    /// <summary>
    /// How a question is put, apart from what it asks. <see cref="Chat"/>: words that only address the bot or ask politely
    /// ("ad", "bot", "mọi người", "tra giúp", "tóm tắt", "trả lời") and <see cref="Courtesy"/> words around them ("cho em
    /// hỏi", "giúp", "nhé", "vậy ạ"): a clause of them only, or a run of them holding a chat word at the question's start
    /// or end, is left out. <see cref="Approximators"/> ("tính ra khoảng", "tổng cộng") right before a count asker ask nothing.
    /// A count asker of <see cref="IndefiniteAskers"/> ("mấy") asks no count when it is indefinite: before a time
    /// phrase of <see cref="IndefiniteTimes"/> ("mấy năm gần đây"), after a list imperative of <see cref="ListImperatives"/>
    /// opening its clause ("liệt kê giúp mấy chuyên đề"), after a yes/no opener of <see cref="YesNoOpeners"/> opening a
    /// clause that ends in one of <see cref="YesNoClosers"/> ("có mấy ông … không"), or before another question word of
    /// <see cref="LaterAskers"/> in its clause with none of <see cref="Joiners"/> between ("lãnh đạo mấy ban ngành … nói
    /// chuyện gì"). <see cref="Magnitudes"/>, <see cref="NamePrepositions"/> and <see cref="Existentials"/>: see each.
    /// </summary>
    public sealed class FormData
    {
        public List<string> Chat { get; set; } = [];

        public List<string> Courtesy { get; set; } = [];

        /// <summary>Final particles ("ạ", "nhé", "vậy"): a run of them ending the question is left out, typed with or without diacritics.</summary>
        public List<string> Particles { get; set; } = [];

        public List<string> Approximators { get; set; } = [];

        public List<string> IndefiniteAskers { get; set; } = [];

        /// <summary>Words a number follows to say which one ("Điều mấy", "khu vực mấy", "quý mấy"): an asker after one is never indefinite.</summary>
        public List<string> Numbered { get; set; } = [];

        public List<string> IndefiniteTimes { get; set; } = [];

        public List<string> ListImperatives { get; set; } = [];

        public List<string> YesNoOpeners { get; set; } = [];

        public List<string> YesNoClosers { get; set; } = [];

        /// <summary>
        /// Frames that wrap a question as a yes/no one ("Bạn có biết … không?", "Tài liệu có nêu … không?"): opening the
        /// question, with one of <see cref="YesNoClosers"/> ending it, both are left out and the question inside is read.
        /// </summary>
        public List<string> AskFrames { get; set; } = [];

        public List<string> LaterAskers { get; set; } = [];

        public List<string> Joiners { get; set; } = [];

        /// <summary>Alternatives that ask ("nhiều hay ít", "có hay không"): a clause holding one asks something (see AskedParts).</summary>
        public List<string> Alternatives { get; set; } = [];

        /// <summary>
        /// Magnitudes a count is asked in ("mấy trăm người", "bao nhiêu chục lớp"): right after a count asker they ask the
        /// same count, and are left out (the materials write the number, "230 học viên", never the magnitude).
        /// </summary>
        public List<string> Magnitudes { get; set; } = [];

        /// <summary>
        /// Prepositions of place or time that only introduce a name ("bên Tuyên Quang", "hồi 2022", "dạo năm 2016", "bên
        /// tỉnh"): right before a year, a province, a unit of time or a level of office they say nothing of what is asked,
        /// and are left out (not inside a longer word of the lexicon: "thu hồi").
        /// </summary>
        public List<string> NamePrepositions { get; set; } = [];

        /// <summary>
        /// Question words that are indefinite in a yes/no clause ("kết quả thế nào, có ai trượt không": did anyone fail):
        /// right after a yes/no opener of <see cref="YesNoOpeners"/> in a clause that ends in one of
        /// <see cref="YesNoClosers"/>, when another clause of the question asks something, they ask for no person, thing
        /// or place, and are left out. Alone ("có ai phát biểu bế mạc không") they ask who, and stay.
        /// </summary>
        public List<string> Existentials { get; set; } = [];

        /// <summary>
        /// Words a question judges or weighs with ("có hại", "tốt", "nên", "ảnh hưởng"): how it asks about its topic, not
        /// the topic. A text holding them shares the question's judgement, not what it judges ("việc gì có hại cho dân"
        /// for "uống nhiều nước đá có hại không"), so they are no topic words (TopicCoverage).
        /// </summary>
        public List<string> Evaluatives { get; set; } = [];
    }

    /// <summary>
    /// The value a clause checking a guess states ("… diễn ra hôm 30/4 phải không?", "… có gần 2000 mô hình phải ko",
    /// "… ban hành năm 2019 phải không?"): it is what the question asks, of the thing the rest of it names, not a name the
    /// materials must write. <see cref="Approximators"/> before a number make it a guessed count ("gần", "tầm",
    /// "khoảng"); <see cref="CountedNouns"/>, with the units, are what a number right before them counts, and after an
    /// approximator or one of <see cref="CountLeads"/> ("có", "cho") a number of four digits before one is a count, not a
    /// year ("có gần 2000 mô hình", "cho 1500 cán bộ"); <see cref="Askers"/> ask each kind of value guessed (count, share, day, year, number).
    /// </summary>
    public sealed class GuessData
    {
        public List<string> Approximators { get; set; } = [];

        public List<string> CountLeads { get; set; } = [];

        public List<string> CountedNouns { get; set; } = [];

        /// <summary>The kind of value guessed ("count", "share", "day", "year", "number") → the words that ask it.</summary>
        public Dictionary<string, string> Askers { get; set; } = [];
    }

    /// <summary>
    /// What a number measures: verbs between what is measured and the asker ("chiếm", "đạt"), rate words before it
    /// ("tỷ lệ", "chỉ số"), words that open what narrows a count right after its unit ("bao nhiêu người là …"), and
    /// the markers of a planned ("phấn đấu", "chỉ tiêu") and of an achieved figure ("đã", "thực tế").
    /// </summary>
    /// <summary>
    /// Money asked and stated. A question naming a sum of money (<see cref="Asked"/>: "kinh phí", "phụ cấp") and asking
    /// an amount (<see cref="Askers"/>: "bao nhiêu") with nothing counted after it, or counting money right after its asker (<see cref="Counted"/>: "bao
    /// nhiêu tiền"), is answered only by a sentence with a number before a unit of money (<see cref="Units"/>: "đồng",
    /// "USD"), unless the unit starts another word there (<see cref="OtherWords"/>: "hai đồng chí").
    /// </summary>
    public sealed class MoneyData
    {
        public List<string> Askers { get; set; } = [];

        public List<string> Asked { get; set; } = [];

        public List<string> Counted { get; set; } = [];

        public List<string> Units { get; set; } = [];

        public List<string> OtherWords { get; set; } = [];
    }

    public sealed class MeasureData
    {
        public List<string> Verbs { get; set; } = [];

        public List<string> RateWords { get; set; } = [];

        public List<string> QualifierLinks { get; set; } = [];

        /// <summary>
        /// Acts that narrow a count of people, each a group said either way round: who receives a certificate is who it is
        /// given to ("mấy người nhận chứng chỉ" ← "cấp chứng chỉ cho 170 học viên"), who passes reaches the level required
        /// ("bao nhiêu người qua bài kiểm tra" ← "100% đạt yêu cầu"). Read only where a count's qualifier is matched.
        /// </summary>
        public List<List<string>> CountedActs { get; set; } = [];

        /// <summary>Words that say where a figure is, not what it measures ("toàn tỉnh", "địa phương").</summary>
        public List<string> Places { get; set; } = [];

        /// <summary>
        /// Whole areas a figure is counted over, each a group of ways of saying it ("cả nước", "toàn quốc"): a count asked
        /// of one is not answered by a sentence counting over another ("toàn tỉnh hiện có 236 người" for "cả nước có bao nhiêu").
        /// </summary>
        public List<List<string>> WholeAreas { get; set; } = [];

        public List<string> Planned { get; set; } = [];

        public List<string> Achieved { get; set; } = [];

        /// <summary>A year after the one the material reports, asked relative to it ("năm sau", "sang năm"): only a planned figure answers.</summary>
        public List<string> Later { get; set; } = [];

        /// <summary>Words marking a year asked alone ("riêng năm 2022"): a count of a period holding it ("giai đoạn 2021 – 2022") is not that year's.</summary>
        public List<string> Alone { get; set; } = [];
    }

    /// <summary>
    /// Participants asked: askers that ask who a course is for ("những ai", "đối tượng nào"), acts of taking part that make
    /// "ai" ask it ("đi học", "được cử", "dành cho"), and the words of the groups a sentence lists ("lãnh đạo", "cán bộ").
    /// </summary>
    public sealed class ParticipantData
    {
        public List<string> Askers { get; set; } = [];

        public List<string> Acts { get; set; } = [];

        /// <summary>What opens the list of participants in a sentence ("tham dự", "học viên là", "cho").</summary>
        public List<string> Markers { get; set; } = [];

        public List<string> Groups { get; set; } = [];
    }

    /// <summary>
    /// Enumerations asked: imperatives that ask for a list ("kể tên", "liệt kê"), and the frame "những/các … nào/gì" — an
    /// opener, at most <see cref="QuestionLexicon.ListFrameSpan"/> words, then a closer.
    /// </summary>
    public sealed class ListData
    {
        public List<string> Askers { get; set; } = [];

        public List<string> Openers { get; set; } = [];

        public List<string> Closers { get; set; } = [];

        /// <summary>
        /// Words for what a course teaches ("chuyên đề", "nội dung", "vấn đề", "mảng"): a list asked of one ("học những vấn
        /// đề gì") is led in by any of them in the materials ("các chuyên đề: …").
        /// </summary>
        public List<string> Contents { get; set; } = [];
    }

    /// <summary>
    /// Why, what for, what came of it. <see cref="PurposeAskers"/> ("để làm gì", "nhằm mục đích gì") and
    /// <see cref="ResultAskers"/> ("làm được những gì", "kết quả ra sao") ask a purpose or a result (a reason is asked by
    /// the top-level reasonAskers). A sentence states a reason with <see cref="CauseMarkers"/> ("vì", "nhằm", "góp phần
    /// khắc phục"), or its reason is the sentence before when it opens with one of <see cref="ConsequenceOpeners"/> ("Do
    /// đó", "Vì vậy", "Nhận thức được tầm quan trọng đó"); a purpose with <see cref="PurposeMarkers"/> ("nhằm", "giúp");
    /// a result with <see cref="ResultMarkers"/> ("kết quả", "chuyển biến", "tiến bộ").
    /// </summary>
    public sealed class ReasonData
    {
        public List<string> PurposeAskers { get; set; } = [];

        public List<string> ResultAskers { get; set; } = [];

        public List<string> CauseMarkers { get; set; } = [];

        public List<string> ConsequenceOpeners { get; set; } = [];

        /// <summary>
        /// Two-word askers of a reason whose words stand apart in a clause ("sao lại": "sao Bình Phước lại chọn …"): the
        /// first word asks, the second closes the subject between them.
        /// </summary>
        public List<string> AskerSpans { get; set; } = [];

        public List<string> PurposeMarkers { get; set; } = [];

        public List<string> ResultMarkers { get; set; } = [];
    }

    /// <summary>Offices: titles, roles ("người đứng đầu" → the titles it means), deputy, former and current markers.</summary>
    public sealed class OfficeData
    {
        public List<string> Titles { get; set; } = [];

        public Dictionary<string, List<string>> Roles { get; set; } = [];

        /// <summary>
        /// Roles at a course, each group the ways of saying one ("đứng lớp", "thầy", "báo cáo viên", "TS."): a person asked
        /// by one is met only by a sentence that writes one of its group; no body hangs on them.
        /// </summary>
        public List<List<string>> CourseRoles { get; set; } = [];

        public List<string> Deputy { get; set; } = [];

        public List<string> Former { get; set; } = [];

        public List<string> Current { get; set; } = [];

        /// <summary>
        /// Words before an office that make it the office of whom the sentence names before it ("làm", "kiêm", "đồng thời
        /// là": "Phó Bí thư … đồng thời làm Trưởng Khối dân vận xã"): a holder of the office asked, as a person named is.
        /// </summary>
        public List<string> Holding { get; set; } = [];

        /// <summary>
        /// Words before an office that name its holder as the one whose words or acts are asked ("theo", "ông", "bà", "chị":
        /// "Theo ông trưởng ban ở Cà Mau, …"): the sentence quoted is preferably one holding that office.
        /// </summary>
        public List<string> Speakers { get; set; } = [];
    }

    /// <summary>
    /// A body described, not named (<see cref="Lexicon.BodyDescription"/>): <see cref="Kinds"/> are words for any body
    /// ("cơ quan", "bên"), <see cref="Duties"/> what a body does ("lo", "phụ trách", "làm công tác"), <see cref="Links"/>
    /// what links its domain and level ("của", "cấp"). "Ban lo dân vận của tỉnh ủy" is the Ban Dân vận Tỉnh ủy.
    /// </summary>
    public sealed class BodyDescriptionData
    {
        public List<string> Kinds { get; set; } = [];

        public List<string> Duties { get; set; } = [];

        public List<string> Links { get; set; } = [];
    }

    /// <summary>
    /// Definitions: <see cref="Markers"/> follow the term in a sentence that defines it ("Dân vận khéo là …", "… được
    /// hiểu là …"); a question whose term starts with one of <see cref="NotTerms"/> ("nội dung của lớp là gì") asks
    /// what the materials say of it, not what it means.
    /// </summary>
    public sealed class DefinitionData
    {
        public List<string> Markers { get; set; } = [];

        public List<string> NotTerms { get; set; } = [];

        /// <summary>
        /// Words that open the term of a longer question ("Theo ông X ở lớp … thì chữ khéo trong dân vận nghĩa là sao?"):
        /// the term is what follows the last of them, up to a function word or one of <see cref="TermEnds"/> ("khéo").
        /// </summary>
        public List<string> TermOpeners { get; set; } = [];

        /// <summary>Words ending a term opened by one of <see cref="TermOpeners"/> ("trong", "của": "chữ khéo trong dân vận").</summary>
        public List<string> TermEnds { get; set; } = [];
    }

    /// <summary>
    /// The time a question asks of, against the date of the document that would answer it: "hiện nay", "bây giờ", "đến
    /// nay" ask of today, which a document dated earlier states only where it says its own present ("hiện có"); "sắp
    /// tới", "năm sau" ask of what comes after, stated only where the document says what it plans ("dự kiến", "sẽ"); two
    /// years compared ("so với năm 2022 … tăng bao nhiêu") are answered only where both years are stated.
    /// </summary>
    public sealed class TimeScopeData
    {
        /// <summary>What asks of today ("hiện nay", "bây giờ", "đến nay", "hiện còn").</summary>
        public List<string> Now { get; set; } = [];

        /// <summary>What, in a sentence, states the document's own present ("hiện có", "hiện là", "đến nay").</summary>
        public List<string> NowStated { get; set; } = [];

        /// <summary>What asks of a time after the document ("sắp tới", "sau này"; and the measures' <c>later</c>: "năm sau").</summary>
        public List<string> Later { get; set; } = [];

        /// <summary>What, in a sentence, states a time after it (a plan: "dự kiến", "sẽ", "thời gian tới"; and <c>plannedYearWords</c>).</summary>
        public List<string> LaterStated { get; set; } = [];

        /// <summary>Phrases holding a word above that do not ask of a time ("từ trước đến nay", "tình hình hiện nay", "thực hiện").</summary>
        public List<string> NotTime { get; set; } = [];

        /// <summary>Words before "năm YYYY" naming its end ("cuối năm"): a time later than a document dated earlier in that year.</summary>
        public List<string> YearEnd { get; set; } = [];

        /// <summary>What compares two times ("so với", "tăng hay giảm"): each year compared must be stated.</summary>
        public List<string> Compare { get; set; } = [];

        /// <summary>What asks since when ("từ năm nào", "từ bao giờ"): a person's term, a start.</summary>
        public List<string> Since { get; set; } = [];

        /// <summary>What, in a sentence, states a start ("từ năm", "kể từ", "nhậm chức").</summary>
        public List<string> SinceStated { get; set; } = [];
    }
}
