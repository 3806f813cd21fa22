namespace DanVan.Core.Lexicon;

public sealed partial class LexiconData
{
    /// <summary>The noun phrase a question's interrogative is bound to and the rankings it asks: see <see cref="AskedHeadData"/>.</summary>
    public AskedHeadData AskedHeads { get; set; } = new();

    /// <summary>
    /// What the head of a "which" question ("điểm cầu nào", "giảng viên nào", "giai đoạn nào") is read as, beyond the
    /// lexicon's other lists (a person noun of <c>units.people</c> or <c>offices.courseRoles</c> asks a person, a noun of a
    /// class it knows an instance of that class), and the superlatives that ask a ranking ("… nào … tốt nhất").
    /// </summary>
    public sealed class AskedHeadData
    {
        /// <summary>Nouns of time besides <c>units.time</c> ("giai đoạn", "nhiệm kỳ"): "giai đoạn nào" asks a time.</summary>
        public List<string> Times { get; set; } = [];

        /// <summary>
        /// What the materials' documents are about ("lớp", "khóa học", "hội nghị"): which one is asked ("lớp nào có 230 học
        /// viên") is told by the document holding the fact, not by an instance its sentences name.
        /// </summary>
        public List<string> Courses { get; set; } = [];

        /// <summary>Words after "gì"/"nào" that make it no interrogative ("gì đó", "nào cũng", "gì cả").</summary>
        public List<string> Indefinites { get; set; } = [];

        /// <summary>Groups of other names a head's instance is stated with ("dân tộc nào": "đồng bào Vân Kiều").</summary>
        public List<List<string>> OtherNames { get; set; } = [];

        /// <summary>Heads that say nothing of the fact asked ("cái gì", "điều gì", "nội dung gì"): no instance is required of them.</summary>
        public List<string> Vague { get; set; } = [];

        /// <summary>In a question after its interrogative ("lớp nào được đánh giá tốt nhất"): a ranking is asked.</summary>
        public List<string> Rankings { get; set; } = [];

        /// <summary>
        /// Comparative words ("hơn"): after a quality in a yes/no clause or one weighing alternatives ("đợt 1 có thành
        /// công hơn đợt 2 không", "X hay Y tốt hơn") a comparison is asked; in the evidence, with that quality, one is stated.
        /// Before a number ("hơn 800 cán bộ") they count.
        /// </summary>
        public List<string> Comparatives { get; set; } = [];

        /// <summary>Words that weigh alternatives in a question ("X hay Y tốt hơn").</summary>
        public List<string> ComparisonJoiners { get; set; } = [];

        /// <summary>What states a ranking or a comparison in the evidence ("lớn nhất", "dẫn đầu", "cao hơn").</summary>
        public List<string> RankingsStated { get; set; } = [];

        /// <summary>Lexicalised words holding a ranking word that rank nothing ("thống nhất", "duy nhất", "nhất là", "ít nhất").</summary>
        public List<string> NotRankings { get; set; } = [];

        /// <summary>
        /// The types of evidence a question may ask beyond its kind of fact (a frequency, an evaluation, a
        /// reward): each with the cues that ask it and the forms that state it, which the answering window must hold.
        /// </summary>
        public List<AskedEvidenceData> Evidence { get; set; } = [];
    }

    /// <summary>
    /// A type of evidence a question asks ("bao lâu … một lần" asks a frequency, "đánh giá thế nào" an evaluation): a
    /// window holding the question's words but not a statement of that type is related material, not the answer.
    /// </summary>
    public sealed class AskedEvidenceData
    {
        /// <summary>The type's name, for the trace ("frequency").</summary>
        public string Name { get; set; } = string.Empty;

        /// <summary>What asks it in a question: phrases, each of parts joined by "…" found in that order in one clause ("bao lâu … một lần").</summary>
        public List<string> Cues { get; set; } = [];

        /// <summary>Phrases that state it in the materials, matched as written ("định kỳ", "mỗi quý").</summary>
        public List<string> Stated { get; set; } = [];

        /// <summary>Regular expressions that state it, matched case-insensitively on a sentence as written ("\d+ tháng một lần").</summary>
        public List<string> StatedPatterns { get; set; } = [];

        /// <summary>
        /// Whose statement it is, when the question names one of these before its cue ("học viên đánh giá thế nào"): the
        /// sentence stating it must name them too.
        /// </summary>
        public List<string> Holders { get; set; } = [];

        /// <summary>
        /// Words right before the cue that make the one named before it what is judged, not who judges ("học viên được đánh
        /// giá thế nào"): how they fared, which their results may state, so the type is not asked.
        /// </summary>
        public List<string> Passives { get; set; } = [];

        /// <summary>The kinds of fact its cues are read as too ("Time" for "bao lâu"), which it narrows: meeting them does not answer it.</summary>
        public List<string> Narrows { get; set; } = [];
    }
}
