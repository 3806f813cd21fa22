using System.Text.Json;
using DanVan.Core.Text;

namespace DanVan.Core.Lexicon;

/// <summary>
/// What the bot knows of how questions are asked, as data: kinds of fact and their cue phrases, units, offices and
/// roles, bodies' other names, synonyms. Read from the lexicon shipped with the app plus an optional local file, so a
/// province adds its own terms without code. One instance serves query expansion and the answer decision.
/// </summary>
public sealed partial class QuestionLexicon
{
    private const string ResourceName = "DanVan.Core.Lexicon.lexicon.json";

    // Synonyms from the pass over the materials' vocabulary, kept apart from the hand-written lexicon and merged into it.
    private const string VocabularyResourceName = "DanVan.Core.Lexicon.vocabulary.json";

    // Everyday, regional and loan words for the materials' words and question forms, merged the same way.
    private const string EverydayResourceName = "DanVan.Core.Lexicon.everyday.json";
    private const string OtherFieldsResourceName = "DanVan.Core.Lexicon.otherfields.json";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private static readonly Lazy<QuestionLexicon> Shipped = new(() => new QuestionLexicon(ReadShipped()));

    private readonly Dictionary<string, string[]> _synonyms;
    private readonly Dictionary<string, string[]> _countedActs;
    private readonly IReadOnlyList<LexiconPhrase> _words;
    private readonly int _longestWord;

    private QuestionLexicon(LexiconData data)
    {
        Kinds = data.Kinds.ToDictionary(k => k.Key, k => Phrases(k.Value), StringComparer.Ordinal);
        CountAskers = Phrases(data.CountAskers);
        CountNouns = Phrases(data.CountNouns);
        NumberedMarkers = Folded(data.NumberedMarkers);
        QuestionPhrases = Phrases(data.QuestionPhrases);
        PeopleUnits = Phrases(data.Units.People);
        PeopleOfKind = Phrases(data.Units.PeopleOfKind);
        UnitNames = data.Units.OtherNames.Select(Phrases).ToList();
        UnitWords = Phrases(data.Units.People.Concat(data.Units.OtherNames.SelectMany(n => n)).Concat(data.Units.Classes.SelectMany(c => c)).Concat(data.Units.Time));
        TimeUnits = Phrases(data.Units.Time);
        NumberWords = Written(data.NumberWords);
        Quantifiers = Phrases(data.Quantifiers);
        PeriodWords = Phrases(data.PeriodWords);
        Titles = Phrases(data.Offices.Titles);
        Roles = data.Offices.Roles.Select(r => (LexiconPhrase.Of(r.Key), Phrases(r.Value))).ToList();
        CourseRoles = data.Offices.CourseRoles.Select(Phrases).Where(g => g.Count > 0).ToList();
        OfficeLevels = Phrases(data.BodyLevels.Concat(data.Localities));
        Deputy = Folded(data.Offices.Deputy);
        Former = Folded(data.Offices.Former);
        Current = Phrases(data.Offices.Current);
        Holding = Phrases(data.Offices.Holding).Select(p => p.Folded).ToList();
        Speakers = Phrases(data.Offices.Speakers);
        Bodies = data.Bodies.Where(b => b.Count > 1).Select(Phrases).ToList();
        BodyWords = Folded(data.Bodies.Where(b => b.Count > 0).Select(b => b[0]));
        DescribedBodies = BodyDescription.Of(data.Bodies.Where(b => b.Count > 0).Select(b => b[0]), Phrases(data.BodyKinds), OfficeLevels);
        BodyDescriptionWords = new BodyDescriptionWords(Phrases(data.BodyDescriptions.Kinds), Phrases(data.BodyDescriptions.Duties), Phrases(data.BodyDescriptions.Links));
        CourseEvents = Folded(data.CourseEvents);
        var official = Phrases(data.Units.People.Concat(data.Localities).Concat(data.BodyLevels).Concat(data.Offices.Titles)
            .Concat(data.VenueWords).Concat(data.BodyKinds).Concat(data.CourseEvents));
        OfficialSyllables = official.Where(p => p.Length == 1).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        OfficialPairs = official.SelectMany(p => p.Folded.Zip(p.Folded.Skip(1), (a, b) => a + " " + b)).ToHashSet(StringComparer.Ordinal);
        Events = data.Events.Select(Phrases).Where(g => g.Count > 0).ToList();
        EventPhrases = Events.SelectMany(g => g).ToList();
        FocusGap = Folded(data.FocusGap);
        QualifierEnds = Folded(data.QualifierEnds);
        QualifierEndsWritten = data.QualifierEnds.Select(w => VietnameseText.Normalize(w).Trim().ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var clauseBreak = data.QualifierEnds.Select(w => VietnameseText.Normalize(w).Trim().ToLowerInvariant()).FirstOrDefault(w => w.Length > 0) ?? ",";
        ClauseBreak = new QueryToken(clauseBreak, VietnameseText.Fold(clauseBreak));
        MeasureVerbs = Phrases(data.Measures.Verbs);
        RateWords = Phrases(data.Measures.RateWords);
        QualifierLinks = Folded(data.Measures.QualifierLinks);
        _countedActs = data.Measures.CountedActs
            .Select(set => set.Select(w => string.Join(' ', Tokenizer.Tokenize(VietnameseText.Normalize(w)))).Where(w => w.Length > 0).Distinct().ToArray())
            .SelectMany(set => set.Select(word => (word, others: set.Where(o => o != word))))
            .GroupBy(x => x.word, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.SelectMany(x => x.others).Distinct().ToArray(), StringComparer.Ordinal);
        CountedActPhrases = Phrases(data.Measures.CountedActs.SelectMany(set => set));
        PlannedMarkers = Phrases(data.Measures.Planned);
        AchievedMarkers = Phrases(data.Measures.Achieved);
        MeasurePlaces = Phrases(data.Measures.Places);
        WholeAreas = data.Measures.WholeAreas.Where(g => g.Count > 0).Select(g => Phrases(g)).ToList();
        LaterYears = Phrases(data.Measures.Later);
        AloneMarkers = Phrases(data.Measures.Alone);
        Attributes = Phrases(data.Attributes);
        Aspects = data.Aspects.Where(g => g.Count > 0).Select(g => Phrases(g)).ToList();
        Money = new MoneyWords(Phrases(data.Money.Askers), Phrases(data.Money.Asked), Phrases(data.Money.Counted), Phrases(data.Money.Units), Phrases(data.Money.OtherWords));
        TimeAskers = Phrases(data.TimeAskers);
        DurationAskers = Phrases(data.DurationAskers);
        ClockAskers = Phrases(data.ClockAskers);
        ReasonAskers = Phrases(data.ReasonAskers);
        AskerLists = [.. Kinds.Values, CountAskers, TimeAskers, ReasonAskers];
        ListAskers = Phrases(data.Lists.Askers);
        ArticleNumberAskers = Phrases(data.ArticleNumberAskers);
        ParticipantAskers = Phrases(data.Participants.Askers);
        ParticipantActs = Phrases(data.Participants.Acts);
        ParticipantMarkers = Phrases(data.Participants.Markers);
        ParticipantGroups = Phrases(data.Participants.Groups);
        ListOpeners = Phrases(data.Lists.Openers);
        ListClosers = Phrases(data.Lists.Closers);
        ListContents = Phrases(data.Lists.Contents);
        PurposeAskers = Phrases(data.Reasons.PurposeAskers);
        ResultAskers = Phrases(data.Reasons.ResultAskers);
        CauseMarkers = Phrases(data.Reasons.CauseMarkers);
        ConsequenceOpeners = Phrases(data.Reasons.ConsequenceOpeners);
        ReasonAskerSpans = Phrases(data.Reasons.AskerSpans).Where(p => p.Length == 2).ToList();
        PurposeMarkers = Phrases(data.Reasons.PurposeMarkers);
        ResultMarkers = Phrases(data.Reasons.ResultMarkers);
        DefinitionMarkers = Phrases(data.Definitions.Markers);
        DefinitionNotTerms = Phrases(data.Definitions.NotTerms);
        DefinitionTermOpeners = Phrases(data.Definitions.TermOpeners);
        DefinitionTermEnds = Phrases(data.Definitions.TermEnds);
        VenueAskers = Folded(data.VenueAskers);
        VenueNotPlaces = Folded(data.VenueNotPlaces);
        VenueWords = data.VenueWords.Select(VietnameseText.Normalize).Distinct(StringComparer.Ordinal).ToList();
        OnlineWords = data.OnlineWords.Select(VietnameseText.Normalize).ToList();
        Localities = data.Localities.Select(VietnameseText.Normalize).Distinct(StringComparer.Ordinal).ToList();
        PersonMarkers = data.PersonMarkers.Select(VietnameseText.Normalize).ToList();
        PersonTitles = data.PersonTitles.Select(VietnameseText.Normalize).ToList();
        PersonNameWords = Phrases(data.PersonNameWords);
        FamilyNames = data.FamilyNames.Select(VietnameseText.Normalize).Distinct(StringComparer.Ordinal).ToList();
        SayingVerbs = Phrases(data.SayingVerbs);
        PlannedYearWords = Phrases(data.PlannedYearWords);
        TimeScope = new TimeScopeWords(Phrases(data.TimeScope.Now), Phrases(data.TimeScope.NowStated), Phrases(data.TimeScope.Later.Concat(data.Measures.Later)),
            Phrases(data.TimeScope.LaterStated.Concat(data.PlannedYearWords)), Phrases(data.TimeScope.NotTime), Phrases(data.TimeScope.YearEnd), Phrases(data.TimeScope.Compare),
            Phrases(data.TimeScope.Since), Phrases(data.TimeScope.SinceStated));
        GivenFrames = Phrases(data.GivenFrames);
        PremiseOpeners = Phrases(data.PremiseOpeners);
        PremiseClosers = Phrases(data.PremiseClosers);
        GuessApproximators = Phrases(data.Guesses.Approximators);
        IssuingActs = Phrases(data.IssuingActs);
        CountedWords = Phrases(data.Guesses.CountedNouns).Concat(UnitWords).ToList();
        CountLeads = Phrases(data.Guesses.CountLeads);
        GuessAskers = data.Guesses.Askers.ToDictionary(a => a.Key, a => VietnameseText.Normalize(a.Value).Trim(), StringComparer.Ordinal);
        PlaceWords = data.PlaceWords.Select(VietnameseText.Normalize).ToList();
        DocumentTypes = Phrases(data.DocumentTypes);
        AskedHeads = AskedHeadWordsOf(data);
        RelativeTimes = Phrases(data.RelativeTimes);
        OtherFields = Phrases(data.OtherFields).Where(p => p.Length > 1 || !Syllables.IsPossible(p.Folded[0])).ToList();
        WhichWords = Folded(data.WhichWords);
        BodyEnds = Folded(data.BodyEnds);
        AboutAskers = Phrases(data.AboutAskers);
        CourseEventKeys = data.CourseEvents.Select(Key).ToHashSet(StringComparer.Ordinal);
        Patterns = new LexiconPatterns(data);
        ArticlePartNames = (data.ArticleWords.FirstOrDefault() ?? string.Empty, data.ClauseWords.FirstOrDefault() ?? string.Empty, data.PointWords.FirstOrDefault() ?? string.Empty);
        PercentWord = data.Units.OtherNames.FirstOrDefault(g => g.Contains("%"))?.FirstOrDefault(n => n != "%") ?? "%";
        _synonyms = data.Synonyms.Concat(data.Units.OtherNames)
            .Select(set => set.Select(w => string.Join(' ', Tokenizer.Tokenize(VietnameseText.Normalize(w)))).Where(w => w.Length > 0).Distinct().ToArray())
            .SelectMany(set => set.Select(word => (word, others: set.Where(o => o != word))))
            .GroupBy(x => x.word, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.SelectMany(x => x.others).Distinct().ToArray(), StringComparer.Ordinal);
        SynonymPhrases = Phrases(data.Synonyms.Concat(data.Units.OtherNames).SelectMany(set => set));
        UnitClasses = data.Units.Classes.Select(Phrases).Where(c => c.Count > 1).ToList();
        Ordinals = data.Units.Ordinals.Select(Phrases).Where(c => c.Count > 0).ToList();
        Classifiers = Phrases(data.Units.Classifiers);
        var form = data.Form;
        Form = new FormWords(Phrases(form.Chat), Phrases(form.Courtesy), Phrases(form.Particles), Phrases(form.Approximators), Phrases(form.IndefiniteAskers), Phrases(form.Numbered), Phrases(form.IndefiniteTimes),
            Phrases(form.ListImperatives), Phrases(form.YesNoOpeners), Phrases(form.YesNoClosers), Phrases(form.AskFrames), Phrases(form.LaterAskers), Phrases(form.Joiners), Phrases(form.Alternatives),
            Phrases(form.Magnitudes), Phrases(form.NamePrepositions), Phrases(form.Existentials), Phrases(form.Evaluatives));
        _words = Phrases(data.Words.Concat(data.Synonyms.SelectMany(s => s)).Concat(data.Bodies.SelectMany(b => b)).Concat(data.CourseEvents)
            .Concat(data.Units.People).Concat(data.Units.Classes.SelectMany(c => c)).Concat(data.Offices.Titles).Concat(data.Offices.Roles.Keys)
            .Concat(data.DocumentTypes).Concat(data.PeriodWords).Concat(data.VenueWords)).Where(p => p.Length > 1).ToList();
        _longestWord = _words.Select(w => w.Length).DefaultIfEmpty(0).Max();
        QualifierEndLookalikes = _words.Where(w => QualifierEnds.Contains(w.Folded[0]) && !QualifierEndsWritten.Contains(w.Written[0])).ToList();
    }

    /// <summary>The lexicon shipped with the app.</summary>
    public static QuestionLexicon Default => Shipped.Value;

    public IReadOnlyDictionary<string, IReadOnlyList<LexiconPhrase>> Kinds { get; }

    public IReadOnlyList<LexiconPhrase> CountAskers { get; }

    /// <summary>Words for "the number of" ("số", "tổng số"), before what a count at the end of its clause counts.</summary>
    public IReadOnlyList<LexiconPhrase> CountNouns { get; }

    /// <summary>Words of two syllables or more the lexicon knows (see <see cref="LexiconData.Words"/>).</summary>
    public IReadOnlyList<LexiconPhrase> Words => _words;

    public IReadOnlySet<string> NumberedMarkers { get; }

    public IReadOnlyList<LexiconPhrase> QuestionPhrases { get; }

    public IReadOnlyList<LexiconPhrase> PeopleUnits { get; }

    /// <summary>Words for people of one kind ("đảng viên", "tín đồ"): counted only by themselves.</summary>
    public IReadOnlyList<LexiconPhrase> PeopleOfKind { get; }

    public IReadOnlyList<IReadOnlyList<LexiconPhrase>> UnitNames { get; }

    /// <summary>Every word a number can count (people, counters, units and their other names, units of time).</summary>
    public IReadOnlyList<LexiconPhrase> UnitWords { get; }

    /// <summary>Units of time ("ngày", "năm"): "năm 2016" is a date, not a count of what stands near it.</summary>
    public IReadOnlyList<LexiconPhrase> TimeUnits { get; }

    /// <summary>Counters that count the same things ("lần", "cuộc", "lượt"): a count asked in one is met by any.</summary>
    public IReadOnlyList<IReadOnlyList<LexiconPhrase>> UnitClasses { get; }

    /// <summary>Words that number a thing in turn, each set naming the same number ("khóa", "lần thứ"): see <see cref="LexiconData.UnitData.Ordinals"/>.</summary>
    public IReadOnlyList<IReadOnlyList<LexiconPhrase>> Ordinals { get; }

    /// <summary>Classifiers a text may leave out before the counted noun ("câu", "chữ"): see <see cref="LexiconData.UnitData.Classifiers"/>.</summary>
    public IReadOnlyList<LexiconPhrase> Classifiers { get; }

    /// <summary>The words of a question's form apart from what it asks (see <see cref="LexiconData.FormData"/>).</summary>
    public FormWords Form { get; }

    /// <summary>Every word or phrase that has synonyms, as typed phrases (their readings: <see cref="SynonymsOf"/> of its key).</summary>
    public IReadOnlyList<LexiconPhrase> SynonymPhrases { get; }

    public IReadOnlySet<string> NumberWords { get; }

    public IReadOnlyList<LexiconPhrase> Quantifiers { get; }

    public IReadOnlyList<LexiconPhrase> PeriodWords { get; }

    public IReadOnlyList<LexiconPhrase> Titles { get; }

    /// <summary>Roles ("người đứng đầu", "lãnh đạo") and the titles each means.</summary>
    public IReadOnlyList<(LexiconPhrase Role, IReadOnlyList<LexiconPhrase> Titles)> Roles { get; }

    /// <summary>Roles at a course ("đứng lớp", "báo cáo viên"), each group the ways of saying one.</summary>
    public IReadOnlyList<IReadOnlyList<LexiconPhrase>> CourseRoles { get; }

    /// <summary>The levels a body's name ends with ("tỉnh ủy", "tỉnh", "xã"): past them an office's body is over ("chủ tịch tỉnh dự khai mạc").</summary>
    public IReadOnlyList<LexiconPhrase> OfficeLevels { get; }

    public IReadOnlySet<string> Deputy { get; }

    public IReadOnlySet<string> Former { get; }

    public IReadOnlyList<LexiconPhrase> Current { get; }

    /// <summary>"làm", "kiêm", "đồng thời là" (folded words): before an office, they give it to whom the sentence names before.</summary>
    public IReadOnlyList<string[]> Holding { get; }

    /// <summary>"theo", "ông", "bà": before an office, they name its holder as the one whose words or acts are asked.</summary>
    public IReadOnlyList<LexiconPhrase> Speakers { get; }

    /// <summary>Bodies: the written name first, then other names.</summary>
    public IReadOnlyList<IReadOnlyList<LexiconPhrase>> Bodies { get; }

    public IReadOnlySet<string> CourseEvents { get; }

    /// <summary>
    /// Whether a pair of adjacent folded syllables ("can bo", "cap xa") is of the official vocabulary every public-affairs
    /// question shares — people counted, localities, levels, offices, venues, kinds of body, what a course does (the
    /// lexicon's lists of them): part of such a phrase, or holding one of its one-syllable words. It names no topic.
    /// </summary>
    public bool IsOfficialPair(string pair)
    {
        ArgumentNullException.ThrowIfNull(pair);
        var words = pair.Split(' ');
        return OfficialPairs.Contains(pair) || words.Any(OfficialSyllables.Contains);
    }

    private IReadOnlySet<string> OfficialSyllables { get; }

    /// <summary>
    /// The folded words of a question that judge or weigh (<see cref="FormWords.Evaluatives"/>: "có hại", "tốt", "nên"),
    /// its form, not its topic. In a question typed with diacritics (<paramref name="asWritten"/>) a phrase counts only
    /// where typed as written ("có hai lớp" counts two, judges nothing); in one typed without, any word folding like it does.
    /// </summary>
    public IReadOnlySet<string> EvaluativeWords(IReadOnlyList<QueryToken> tokens, bool asWritten)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        return LexiconMatcher.Find(tokens, Form.Evaluatives)
            .Where(m => !asWritten || Form.Evaluatives.Any(p => p.Length == m.Length && p.Written.SequenceEqual(tokens.Skip(m.At).Take(m.Length).Select(t => t.Typed))))
            .SelectMany(m => tokens.Skip(m.At).Take(m.Length)).Select(t => t.Folded)
            .ToHashSet(StringComparer.Ordinal);
    }

    private IReadOnlySet<string> OfficialPairs { get; }

    /// <summary>
    /// Every word of a body's written name, folded ("ban", "dan", "van", "tinh", "uy" …); another name's own words
    /// ("lo", "động" of "cơ quan lo dân vận", "vận động quần chúng") are not: a question's other name is written as the
    /// body's name before its words are read, and they may be a place's name typed without diacritics ("xa son dong").
    /// </summary>
    public IReadOnlySet<string> BodyWords { get; }

    /// <summary>The bodies read as kind, domain and level, so that a description of one names it (see <see cref="BodyDescription"/>).</summary>
    public IReadOnlyList<BodyDescription> DescribedBodies { get; }

    /// <summary>Words for any body, what a body does, and links, that a body's description may hold.</summary>
    public BodyDescriptionWords BodyDescriptionWords { get; }

    /// <summary>Acts a person or a date is asked about, each group the ways of saying one act.</summary>
    public IReadOnlyList<IReadOnlyList<LexiconPhrase>> Events { get; }

    /// <summary>Every phrase of <see cref="Events"/>.</summary>
    public IReadOnlyList<LexiconPhrase> EventPhrases { get; }

    public IReadOnlySet<string> FocusGap { get; }

    /// <summary>Words that end what narrows a count ("và", "còn"): past them the question asks something else.</summary>
    public IReadOnlySet<string> QualifierEnds { get; }

    /// <summary><see cref="QualifierEnds"/> as written, with their diacritics ("thì", which "thi" is not in a question typed with them).</summary>
    public IReadOnlySet<string> QualifierEndsWritten { get; }

    /// <summary>
    /// The lexicon's words of two syllables or more whose first syllable folds like one of <see cref="QualifierEnds"/> but
    /// is written otherwise ("vi phạm", "con số"): typed without diacritics, "vi pham" is that word, not "vì" and a word.
    /// </summary>
    public IReadOnlyList<LexiconPhrase> QualifierEndLookalikes { get; }

    /// <summary>The first of <see cref="QualifierEnds"/> as a token: put where a clause holds a word nothing may hang on.</summary>
    public QueryToken ClauseBreak { get; }

    /// <summary>Verbs between what a number measures and its asker ("chiếm", "đạt": "đồng bào … chiếm bao nhiêu phần trăm").</summary>
    public IReadOnlyList<LexiconPhrase> MeasureVerbs { get; }

    /// <summary>What may be asked of a person, body or thing that an answer must say: see <see cref="LexiconData.Attributes"/>.</summary>
    public IReadOnlyList<LexiconPhrase> Attributes { get; }

    /// <summary>Aspects asked that an answer must say, each a group of phrases: see <see cref="LexiconData.Aspects"/>.</summary>
    public IReadOnlyList<IReadOnlyList<LexiconPhrase>> Aspects { get; }

    /// <summary>Money asked and stated: see <see cref="LexiconData.MoneyData"/>.</summary>
    public MoneyWords Money { get; }

    /// <summary>Words after which a question names what a rate measures ("tỷ lệ giải quyết đơn thư", "chỉ số hài lòng").</summary>
    public IReadOnlyList<LexiconPhrase> RateWords { get; }

    /// <summary>Words that, right after a count's unit, open what narrows it ("bao nhiêu người là chủ tịch xã").</summary>
    public IReadOnlySet<string> QualifierLinks { get; }

    /// <summary>Markers of a planned figure ("phấn đấu", "chỉ tiêu", "dự kiến").</summary>
    public IReadOnlyList<LexiconPhrase> PlannedMarkers { get; }

    /// <summary>Markers of an achieved figure ("đã", "thực tế", "đạt được").</summary>
    public IReadOnlyList<LexiconPhrase> AchievedMarkers { get; }

    /// <summary>Words that say where a figure is, not what it measures ("toàn tỉnh", "địa phương").</summary>
    public IReadOnlyList<LexiconPhrase> MeasurePlaces { get; }

    /// <summary>Whole areas a figure is counted over, each a group of ways of saying it: see <see cref="LexiconData.MeasureData.WholeAreas"/>.</summary>
    public IReadOnlyList<IReadOnlyList<LexiconPhrase>> WholeAreas { get; }

    /// <summary>A year after the one reported, asked relative to it ("năm sau", "sang năm").</summary>
    public IReadOnlyList<LexiconPhrase> LaterYears { get; }

    /// <summary>Words marking a year asked alone ("riêng năm 2022"): see <see cref="LexiconData.MeasureData.Alone"/>.</summary>
    public IReadOnlyList<LexiconPhrase> AloneMarkers { get; }

    public IReadOnlyList<LexiconPhrase> TimeAskers { get; }

    /// <inheritdoc cref="LexiconData.DurationAskers"/>
    public IReadOnlyList<LexiconPhrase> DurationAskers { get; }

    /// <inheritdoc cref="LexiconData.ClockAskers"/>
    public IReadOnlyList<LexiconPhrase> ClockAskers { get; }

    /// <summary>"vì sao", "tại sao", "lý do": a reason is asked, of the act the clause names.</summary>
    public IReadOnlyList<LexiconPhrase> ReasonAskers { get; }

    /// <summary>"những ai", "đối tượng nào": who a course is for is asked.</summary>
    public IReadOnlyList<LexiconPhrase> ParticipantAskers { get; }

    /// <summary>"đi học", "được cử", "dành cho": acts of taking part that make "ai" ask who a course is for.</summary>
    public IReadOnlyList<LexiconPhrase> ParticipantActs { get; }

    /// <summary>"tham dự", "học viên là", "cho": what opens the list of participants in a sentence.</summary>
    public IReadOnlyList<LexiconPhrase> ParticipantMarkers { get; }

    /// <summary>"lãnh đạo", "cán bộ", "chuyên viên": words of the groups of people a sentence lists.</summary>
    public IReadOnlyList<LexiconPhrase> ParticipantGroups { get; }

    /// <summary>Every list of phrases that asks something: each kind's cues, the count, time and reason askers.</summary>
    public IReadOnlyList<IReadOnlyList<LexiconPhrase>> AskerLists { get; }

    /// <summary>"mấy", "nào" right after an article's or clause's word: its number is asked.</summary>
    public IReadOnlyList<LexiconPhrase> ArticleNumberAskers { get; }

    /// <summary>"kể tên", "liệt kê": an enumeration is asked.</summary>
    public IReadOnlyList<LexiconPhrase> ListAskers { get; }

    /// <summary>"những", "các": open the frame "những … nào" that asks for an enumeration.</summary>
    public IReadOnlyList<LexiconPhrase> ListOpeners { get; }

    /// <summary>"nào", "gì": close the frame "những … nào".</summary>
    public IReadOnlyList<LexiconPhrase> ListClosers { get; }

    /// <summary>"chuyên đề", "nội dung", "vấn đề": words for what a course teaches, each leading in a list asked of another.</summary>
    public IReadOnlyList<LexiconPhrase> ListContents { get; }

    /// <summary>Words between a list frame's opener and its closer at most ("những chuyên đề chính nào").</summary>
    public const int ListFrameSpan = 4;
    /// <summary>"để làm gì", "nhằm mục đích gì": a purpose is asked.</summary>
    public IReadOnlyList<LexiconPhrase> PurposeAskers { get; }

    /// <summary>"làm được những gì", "kết quả ra sao": a result is asked.</summary>
    public IReadOnlyList<LexiconPhrase> ResultAskers { get; }

    /// <summary>Words that state a reason in the sentence holding them ("vì", "nhằm", "góp phần khắc phục").</summary>
    public IReadOnlyList<LexiconPhrase> CauseMarkers { get; }

    /// <summary>Openings of a sentence whose reason is the sentence before ("Do đó", "Vì vậy"); inside a sentence, the reason is before them.</summary>
    public IReadOnlyList<LexiconPhrase> ConsequenceOpeners { get; }

    /// <summary>Reason askers of two words standing apart in a clause ("sao … lại"), each of exactly two words.</summary>
    public IReadOnlyList<LexiconPhrase> ReasonAskerSpans { get; }

    /// <summary>Words that state a purpose ("nhằm", "giúp", "qua đó").</summary>
    public IReadOnlyList<LexiconPhrase> PurposeMarkers { get; }

    /// <summary>Words that state a result ("kết quả", "chuyển biến", "tiến bộ").</summary>
    public IReadOnlyList<LexiconPhrase> ResultMarkers { get; }

    /// <summary>Words that define the term before them ("là", "được hiểu là").</summary>
    public IReadOnlyList<LexiconPhrase> DefinitionMarkers { get; }

    /// <summary>Heads that make "X là gì" ask what the materials say of X, not what X means ("nội dung", "mục đích").</summary>
    public IReadOnlyList<LexiconPhrase> DefinitionNotTerms { get; }

    /// <summary>Words opening the term of a longer question ("thì", "chữ", "khái niệm").</summary>
    public IReadOnlyList<LexiconPhrase> DefinitionTermOpeners { get; }

    /// <summary>Words ending a term opened by one of <see cref="DefinitionTermOpeners"/> ("trong", "của").</summary>
    public IReadOnlyList<LexiconPhrase> DefinitionTermEnds { get; }

    public IReadOnlySet<string> VenueAskers { get; }

    public IReadOnlySet<string> VenueNotPlaces { get; }

    public IReadOnlyList<string> VenueWords { get; }

    public IReadOnlyList<string> OnlineWords { get; }

    public IReadOnlyList<string> Localities { get; }

    public IReadOnlyList<string> PersonMarkers { get; }

    public IReadOnlyList<string> PersonTitles { get; }

    public IReadOnlyList<LexiconPhrase> PersonNameWords { get; }

    public IReadOnlyList<string> FamilyNames { get; }

    public IReadOnlyList<LexiconPhrase> SayingVerbs { get; }

    public IReadOnlyList<LexiconPhrase> PlannedYearWords { get; }

    /// <summary>The time a question asks of that a dated document cannot state: see <see cref="LexiconData.TimeScopeData"/>.</summary>
    public TimeScopeWords TimeScope { get; }

    /// <summary>Words framing what follows as given ("ngoài", "bên cạnh"): a cue right after one is no question.</summary>
    public IReadOnlyList<LexiconPhrase> GivenFrames { get; }

    /// <summary>Openers of a clause checking a guess ("có phải", "hình như"); see <see cref="LexiconData.PremiseOpeners"/>.</summary>
    public IReadOnlyList<LexiconPhrase> PremiseOpeners { get; }

    /// <summary>Closers of a clause checking a guess ("phải không", "đúng không").</summary>
    public IReadOnlyList<LexiconPhrase> PremiseClosers { get; }

    /// <summary>Acts that date a document ("ban hành", "ký"); see <see cref="LexiconData.IssuingActs"/>.</summary>
    public IReadOnlyList<LexiconPhrase> IssuingActs { get; }

    /// <summary>Words before a number that make it a guess of a count ("gần 2000", "tầm 50"); see <see cref="LexiconData.GuessData"/>.</summary>
    public IReadOnlyList<LexiconPhrase> GuessApproximators { get; }

    /// <summary>What a number right before counts: the counted nouns of <see cref="LexiconData.GuessData"/> and the units.</summary>
    public IReadOnlyList<LexiconPhrase> CountedWords { get; }

    /// <summary>Words after which a number before a counted word counts it ("có", "cho"); see <see cref="LexiconData.GuessData"/>.</summary>
    public IReadOnlyList<LexiconPhrase> CountLeads { get; }

    /// <summary>
    /// Whether the number at <paramref name="at"/> counts what follows it: a counted word right after it, and an
    /// approximator or a count lead right before ("có gần 2000 mô hình", "cho 1500 cán bộ"), so a number of four digits
    /// there is no year.
    /// </summary>
    public bool CountsAt(IReadOnlyList<QueryToken> tokens, int at)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        return at > 0 && at + 1 < tokens.Count && LexiconMatcher.LongestAt(tokens, at + 1, CountedWords) > 0
            && (EndsAt(tokens, at, GuessApproximators) || EndsAt(tokens, at, CountLeads));
    }

    /// <summary>The years the tokens name: numbers of four digits from 1900 to 2099 that count nothing (<see cref="CountsAt"/>).</summary>
    public IEnumerable<string> YearsIn(IReadOnlyList<QueryToken> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        return Enumerable.Range(0, tokens.Count)
            .Where(i => tokens[i].Folded.Length == 4 && DatePatterns.Year().IsMatch(tokens[i].Folded) && !CountsAt(tokens, i))
            .Select(i => tokens[i].Folded).Distinct(StringComparer.Ordinal);
    }

    /// <summary>Whether a phrase of the list ends right before <paramref name="at"/>.</summary>
    public static bool EndsAt(IReadOnlyList<QueryToken> tokens, int at, IReadOnlyList<LexiconPhrase> phrases)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        return Enumerable.Range(1, Math.Min(at, 4)).Any(n => LexiconMatcher.LongestAt(tokens, at - n, phrases) == n);
    }

    /// <summary>The kind of value a guess states ("count", "share", "day", "year", "number") → the words that ask it.</summary>
    public IReadOnlyDictionary<string, string> GuessAskers { get; }

    public IReadOnlyList<string> PlaceWords { get; }

    public IReadOnlyList<LexiconPhrase> DocumentTypes { get; }

    /// <summary>Period words that place a time against an event ("sau khi"): see <see cref="LexiconData.RelativeTimes"/>.</summary>
    public IReadOnlyList<LexiconPhrase> RelativeTimes { get; }

    /// <summary>Topics of other fields ("thời tiết", "bóng đá", "căn cước"): named by a question, the evidence must name them too.</summary>
    public IReadOnlyList<LexiconPhrase> OtherFields { get; }

    public IReadOnlySet<string> WhichWords { get; }

    public IReadOnlySet<string> BodyEnds { get; }

    public IReadOnlyList<LexiconPhrase> AboutAskers { get; }

    /// <summary>Course events as folded keys ("to chuc", "hop").</summary>
    public IReadOnlySet<string> CourseEventKeys { get; }

    /// <summary>How a question's "%" is read (the percent unit's name).</summary>
    public string PercentWord { get; }

    /// <summary>How a reply names a regulation's article, clause and point ("điều", "khoản", "điểm"): the first word of each list.</summary>
    public (string Article, string Clause, string Point) ArticlePartNames { get; }

    /// <summary>Patterns compiled from the lexicon's words (venues, persons, names, numbers).</summary>
    public LexiconPatterns Patterns { get; }

    /// <summary>
    /// The shipped lexicon with a local file's entries added; the shipped one alone when <paramref name="localPath"/> is
    /// null or names no file, or names one that is not valid JSON of this shape (the problem, with its path, goes to
    /// <paramref name="report"/>).
    /// </summary>
    public static QuestionLexicon Load(string? localPath, Action<string>? report = null)
    {
        if (LocalDataFile.Read<LexiconData>(localPath, Json, report) is not { } local)
        {
            return Default;
        }

        return new QuestionLexicon(Merge(ReadShipped(), local));
    }

    /// <summary>Synonyms and paraphrases of a folded word or phrase (empty when none).</summary>
    public IReadOnlyList<string> SynonymsOf(string folded) => _synonyms.GetValueOrDefault(folded) ?? [];

    /// <summary>
    /// The other ways of saying an act that narrows a count of people (the lexicon's `measures.countedActs`), as folded
    /// phrases: "cấp", "trao" for "nhận"; empty when it is none.
    /// </summary>
    public IReadOnlyList<string> CountedActsOf(string folded) => _countedActs.GetValueOrDefault(folded) ?? [];

    /// <summary>Every phrase of the lexicon's `measures.countedActs`: one word of what narrows a count.</summary>
    public IReadOnlyList<LexiconPhrase> CountedActPhrases { get; }

    /// <summary>The words the lexicon knows as words (<see cref="Words"/>, <see cref="UnitWords"/>, <see cref="SynonymPhrases"/>), gathered once.</summary>
    public IReadOnlyList<LexiconPhrase> KnownWordPhrases => _knownWordPhrases ??= [.. Words, .. UnitWords, .. SynonymPhrases];

    /// <summary>The words for a person the lexicon knows (<see cref="Speakers"/>, course roles, <see cref="Titles"/>, roles), gathered once.</summary>
    public IReadOnlyList<LexiconPhrase> PersonWordPhrases => _personWordPhrases ??= [.. Speakers, .. CourseRoles.SelectMany(r => r), .. Titles, .. Roles.Select(r => r.Role)];

    private IReadOnlyList<LexiconPhrase>? _knownWordPhrases;
    private IReadOnlyList<LexiconPhrase>? _personWordPhrases;

    /// <summary>True when a phrase of <paramref name="kind"/>'s cues occurs in the question's tokens (see <see cref="FindCues"/>).</summary>
    public bool Asks(string kind, IReadOnlyList<QueryToken> tokens) =>
        Kinds.TryGetValue(kind, out var cues) && FindCues(tokens, cues).Any();

    /// <summary>
    /// Where the cues occur in the question's tokens, but not a one-syllable cue typed without diacritics that is part
    /// of a word the lexicon writes otherwise there: "bo may" is bộ máy, no "mấy"; "bat dau" is bắt đầu, no "đâu"; nor a
    /// cue of several words opening inside a word the lexicon writes: "đơn vị nào" asks no "vị nào";
    /// nor a cue right after a word framing what follows as given: "Ngoài mấy chuyên đề chính, … còn gì?" asks no count.
    /// </summary>
    public IEnumerable<(int At, int Length)> FindCues(IReadOnlyList<QueryToken> tokens, IReadOnlyList<LexiconPhrase> cues)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(cues);
        return LexiconMatcher.Find(tokens, cues).Where(cue => !IsPartOfWord(tokens, cue, cues) && !IsGiven(tokens, cue.At));
    }

    /// <summary>
    /// True when the one-syllable cue at <paramref name="at"/>, typed without diacritics, is part of a word the lexicon
    /// writes otherwise there ("Truong Chinh tri" is the Trường Chính trị, no "trưởng"; "bo may" is bộ máy).
    /// </summary>
    public bool IsPartOfOtherWord(IReadOnlyList<QueryToken> tokens, int at, IReadOnlyList<LexiconPhrase> cues)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(cues);
        return IsPartOfWord(tokens, (at, 1), cues);
    }

    private bool IsGiven(IReadOnlyList<QueryToken> tokens, int at) =>
        GivenFrames.Any(frame => at >= frame.Length && frame.StartsAt(tokens, at - frame.Length));

    private bool IsPartOfWord(IReadOnlyList<QueryToken> tokens, (int At, int Length) cue, IReadOnlyList<LexiconPhrase> cues)
    {
        if (OpensInsideWord(tokens, cue))
        {
            return true;
        }

        var token = tokens[cue.At];
        // Typed without diacritics: its folded form may still differ ("ky" folds as "ki").
        if (cue.Length != 1 || !token.Typed.All(char.IsAscii))
        {
            return false;
        }

        var cueForms = cues.Where(c => c.Length == 1 && c.Folded[0] == token.Folded).Select(c => c.Written[0]).ToHashSet(StringComparer.Ordinal);
        // A question's opening courtesy words ("cho em hoi", typed without diacritics) start no word: "cho em hoi truong
        // ban …" asks of the trưởng ban, not of a "hội trường".
        var opening = 0;
        while (opening < cue.At && LexiconMatcher.LongestAt(tokens, opening, Form.Courtesy) is var courtesy and > 0)
        {
            opening += courtesy;
        }

        for (var start = Math.Max(Math.Min(opening, cue.At), cue.At - _longestWord + 1); start <= cue.At; start++)
        {
            foreach (var word in LexiconMatcher.StartingWith(tokens[start].Folded, _words))
            {
                if (word.Length > cue.At - start && word.StartsAt(tokens, start) && !cueForms.Contains(word.Written[cue.At - start]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // A cue of several words whose first word ends a word the lexicon writes ("đơn vị nào" holds no "vị nào"): the word
    // starts before the cue and ends inside it.
    private bool OpensInsideWord(IReadOnlyList<QueryToken> tokens, (int At, int Length) cue)
    {
        if (cue.Length < 2)
        {
            return false;
        }

        for (var start = Math.Max(0, cue.At - _longestWord + 1); start < cue.At; start++)
        {
            if (LexiconMatcher.StartingWith(tokens[start].Folded, _words)
                .Any(word => word.Length > cue.At - start && start + word.Length < cue.At + cue.Length && word.StartsAt(tokens, start)))
            {
                return true;
            }
        }

        return false;
    }

    private static LexiconData ReadShipped() =>
        new[] { VocabularyResourceName, EverydayResourceName, OtherFieldsResourceName }.Aggregate(ReadResource(ResourceName), (shipped, name) => Merge(shipped, ReadResource(name)));

    private static LexiconData ReadResource(string name)
    {
        using var stream = typeof(QuestionLexicon).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The lexicon resource {name} is missing from the build.");
        return JsonSerializer.Deserialize<LexiconData>(stream, Json) ?? throw new InvalidDataException($"The shipped lexicon {name} is empty.");
    }

    private static IReadOnlyList<LexiconPhrase> Phrases(IEnumerable<string> texts) =>
        texts.Select(LexiconPhrase.Of).Where(p => p.Length > 0).DistinctBy(p => string.Join(' ', p.Written)).ToList();

    private static HashSet<string> Folded(IEnumerable<string> words) =>
        words.SelectMany(w => Tokenizer.Tokenize(VietnameseText.Normalize(w))).ToHashSet(StringComparer.Ordinal);

    private static string Key(string text) => string.Join(' ', Tokenizer.Tokenize(VietnameseText.Normalize(text)));

    private static HashSet<string> Written(IEnumerable<string> words) =>
        words.Select(w => VietnameseText.Normalize(w).ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
}
