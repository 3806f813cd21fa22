using System.Text.RegularExpressions;
using DanVan.Core.Lexicon;
using DanVan.Core.Retrieval;
using DanVan.Core.Text;

namespace DanVan.Core.Answering;

/// <summary>
/// What kind of fact would answer a question, and whether a sentence holds one. "Bao nhiêu huyện" is answered by a
/// sentence that counts huyện ("gồm 8 huyện"), not by any sentence about the same province; "ngày nào" by a sentence
/// with a date; "ai" by one that names a person. A question the materials cover in topic but not in the fact asked
/// (the province's population, the date of an anniversary they never mention) then finds no sentence that meets its
/// expectation, and the bot says the materials do not answer it instead of quoting a sentence that does not.
/// Every word it knows comes from the <see cref="QuestionLexicon"/>.
/// </summary>
public sealed partial class AnswerExpectation
{
    private readonly QuestionLexicon _lexicon;

    private IReadOnlyList<Unit> _units;

    private readonly IReadOnlyList<Expected> _kinds;

    private readonly IReadOnlyList<string[]> _focus;

    private readonly IReadOnlyList<Office> _offices;

    private readonly bool _current;

    private readonly IReadOnlyList<string> _years;

    private readonly HashSet<string> _articles;

    private readonly IReadOnlyList<Regex> _localities;

    private readonly (string[] Speaker, string[] Topic)? _attribution;

    private AnswerExpectation(QuestionLexicon lexicon, IReadOnlyList<Expected> kinds, IReadOnlyList<Unit> units, IReadOnlyList<string[]> focus,
        IReadOnlyList<Office> offices, bool current, IReadOnlyList<string> years, HashSet<string> articles, IReadOnlyList<Regex> localities,
        (string[] Speaker, string[] Topic)? attribution)
    {
        _lexicon = lexicon;
        _years = years;
        _articles = articles;
        _localities = localities;
        _attribution = attribution;
        _kinds = kinds;
        _units = units;
        _focus = focus;
        _offices = offices;
        _current = current;
    }

    private enum Expected
    {
        Count,
        Time,
        Year,
        Day,
        Person,
        Venue,
        Name,
        Locality,
        Definition,
        Reason,
        Purpose,
        Result,
        Participants,
        ArticleNumber,
        Office,
        Money,
    }

    // The numbers the question itself states ("trong hơn 800 cán bộ, bao nhiêu người …"): they are not what it counts.
    private IReadOnlySet<string> GivenNumbers { get; init; } = new HashSet<string>();

    /// <summary>
    /// The folded words the asked fact hangs on: the words that ask, what a count counts (with what narrows or measures it), the focus
    /// before the asker, the speaker and topic of an attribution. A sentence that answers must say them, so they are
    /// never read as ordinary words the materials merely put otherwise.
    /// </summary>
    public IReadOnlySet<string> AskedWords =>
        AskerWords.Concat(_units.SelectMany(u => u.Syllables.Take(u.ReadAsPeople ? 1 : u.Syllables.Length).Concat(u.Qualifier).Concat(u.Measured)).Concat(_focus.Where(f => !LooseFocus.Contains(f)).SelectMany(f => f))
            .Concat(_attribution is { } a ? a.Speaker.Concat(a.Topic) : [])).ToHashSet(StringComparer.Ordinal);

    // The words that ask ("tên là gì", "bao nhiêu", "hôm nào", "vì sao").
    private IReadOnlyList<string> AskerWords { get; init; } = [];

    // The kinds of document the question names ("quy che"), folded: a document dated by its name must be of one of them.
    private IReadOnlySet<string> AskedDocumentTypes { get; init; } = new HashSet<string>();

    // The events a time is asked of ("khai mạc hôm nào": "khai mạc"), and those of them the materials never write and the
    // lexicon does not know: a paraphrase's own word for the event ("khởi động hôm nào"), met by the dated sentence.
    private IReadOnlyList<string[]> TimeFocus { get; init; } = [];

    private IReadOnlyList<string[]> LooseFocus { get; set; } = [];

    /// <summary>
    /// This expectation with the events a day or time is asked of that the index never writes (<paramref name="isWritten"/>)
    /// and the lexicon does not know set loose, when the question is <paramref name="pinned"/> to a course by the province
    /// or year it names: no sentence can say them, so the dated sentence that covers the rest of the question answers.
    /// The counted thing, the reason asked, the year asked of an event ("thành lập năm nào") and every event the lexicon
    /// knows ("bế mạc") stay strict.
    /// </summary>
    public AnswerExpectation WithUnwrittenTimeFocusLoose(Func<string[], bool> isWritten, bool pinned)
    {
        ArgumentNullException.ThrowIfNull(isWritten);
        if (!pinned || _kinds.Contains(Expected.Year) || !(_kinds.Contains(Expected.Day) || _kinds.Contains(Expected.Time)))
        {
            return this;
        }

        var loose = TimeFocus.Where(f => !isWritten(f) && _lexicon.SynonymsOf(string.Join(' ', f)).Count == 0).ToList();
        if (loose.Count == 0)
        {
            return this;
        }

        var copy = (AnswerExpectation)MemberwiseClone();
        copy.LooseFocus = loose;
        return copy;
    }

    /// <summary>What the question was read to ask, for a decision trace: the kinds of fact, what a count counts, the focus and offices.</summary>
    public override string ToString() =>
        $"kinds [{string.Join(", ", _kinds)}] units [{string.Join(", ", _units.Select(u => string.Join(' ', u.Syllables)))}] focus [{string.Join(", ", _focus.Select(f => string.Join(' ', f)))}]"
        + $" offices [{string.Join(", ", _offices.Select(o => string.Join(' ', o.Title.Concat(o.Body))))}] asked words [{string.Join(' ', AskedWords)}]"
        + (Aspects.Count == 0 ? string.Empty : $" aspects [{string.Join(", ", Aspects.Select(g => g[0].Key))}]")
        + (Heads.Count == 0 ? string.Empty : $" heads [{string.Join(", ", Heads)}]") + (AsksRanking ? " ranking" : string.Empty) + (ComparedQuality is null ? string.Empty : $" compared [{string.Join(' ', ComparedQuality)}]")
        + (ReasonPredicates.Count == 0 ? string.Empty : $" reason of [{string.Join(", ", ReasonPredicates.Select(p => string.Join(' ', p.Select(u => string.Join('_', u)))))}]")
        + (EvidenceAsked.Count == 0 ? string.Empty : $" evidence [{string.Join(", ", EvidenceAsked)}]")
        + (AsksClock ? " clock" : string.Empty);

    /// <summary>True when a time of day is asked ("lúc mấy giờ"): a time is met only by a clock time.</summary>
    public bool AsksClock { get; private init; }

    /// <summary>True when only some sentences can answer (a count, a time, a person).</summary>
    public bool IsSpecific => _kinds.Count > 0;

    /// <summary>True when the question asks when or where (a day, a time, a venue): what a report's opening paragraph states.</summary>
    public bool AsksWhenOrWhere => _kinds.Any(k => k is Expected.Day or Expected.Time or Expected.Venue);

    /// <summary>
    /// True when the question asks who holds an office or a role at a course ("người đứng đầu Ban … tên gì", "ai đứng
    /// lớp"): whoever holds it may be named where the report opens, in words the question does not share.
    /// </summary>
    public bool AsksHolder => _kinds.Any(k => k is Expected.Person or Expected.Name) && (_offices.Count > 0 || AskedCourseRoles.Count > 0);

    [GeneratedRegex(@"\d")]
    private static partial Regex Digit();

    [GeneratedRegex(@"\b[IVXL]{1,7}\b")]
    private static partial Regex Roman();

    /// <summary>The expectation of a question (normalised text) with the shipped lexicon.</summary>
    public static AnswerExpectation For(string question, QuestionKind kind) => For(question, kind, QuestionLexicon.Default);

    /// <summary>The expectation of a question (normalised text) of the given kind, its words read from <paramref name="lexicon"/>.</summary>
    public static AnswerExpectation For(string question, QuestionKind kind, QuestionLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        var tokens = LexiconMatcher.WithBodyNames(Tokenizer.TokenizeTyped(question), lexicon);

        // "năm nào" wants a year and "ngày nào" a day, not any date: a course's day and month do not say its year.
        // A question asking several things is answered by a sentence holding any of them.
        var kinds = new List<Expected>();
        // "giảng viên nào", "giai đoạn nào", "điểm cầu nào": the noun the interrogative is bound to (AskedHead).
        var heads = AskedHeadsOf(question, lexicon);
        if (lexicon.Asks("year", tokens))
        {
            kinds.Add(Expected.Year);
        }

        if (lexicon.Asks("day", tokens))
        {
            kinds.Add(Expected.Day);
        }

        var units = new List<Unit>();
        if ((kind == QuestionKind.Number && !CountWordsAskOnlyTime(question, lexicon)) || AsksCount(question, lexicon))
        {
            units = CountedUnits(question, lexicon);
            kinds.Add(Expected.Count);
        }

        // "kinh phí … bao nhiêu", "bao nhiêu tiền": a sum of money, and no count of anything else when every count asked is that sum.
        var (asksMoney, onlyMoney) = MoneyAsked(question, lexicon);
        if (asksMoney)
        {
            if (onlyMoney)
            {
                kinds.Remove(Expected.Count);
                units = [];
            }

            kinds.Add(Expected.Money);
        }

        // A time is asked beside a count only by a question word ("vào dịp nào", "khi nào"), not by "thời gian".
        var asksTime = kind == QuestionKind.Time || lexicon.Asks("time", tokens);
        if ((kinds.Count == 0 && asksTime) || (!kinds.Contains(Expected.Year) && !kinds.Contains(Expected.Day) && lexicon.FindCues(tokens, lexicon.TimeAskers).Any()))
        {
            kinds.Add(Expected.Time);
        }

        // "ở đâu", "địa điểm", "ở hội trường nào": a place named after "tại"/"ở"; "tỉnh nào" is met by the province.
        if (lexicon.Asks("venue", tokens) || AsksVenue(tokens.Select(t => t.Folded).ToList(), lexicon))
        {
            kinds.Add(Expected.Venue);
        }

        if (heads.Any(h => h.Kind == HeadKind.Time) && !kinds.Any(k => k is Expected.Year or Expected.Day or Expected.Time))
        {
            kinds.Add(Expected.Time);
        }

        var localities = AskedLocalities(tokens, lexicon);
        if (localities.Count > 0)
        {
            kinds.Add(Expected.Locality);
        }

        // Who, whatever else the question asks ("báo cáo viên là ai, giảng viên ở đâu"); "tên là gì" wants the name itself,
        // of a person when a word for one, a role, an office or a role at a course is named ("sếp … tên gì", "thầy ấy tên
        // gì", "Giám đốc Sở Nội vụ tên gì").
        var asksName = lexicon.Asks("name", tokens);
        var courseRoles = CourseRolesOf(tokens, lexicon);
        // A clause checking a guess of who did something ("Có phải người lên phát biểu là trưởng ban … không", "Hình như
        // người giảng chính là giảng viên … phải không"): it asks who did it, and the office guessed is no part of the answer.
        var clauses = Clauses(question, lexicon).ToList();
        var guesses = clauses.Where(c => GuessesDoer(c, lexicon)).ToList();
        var asksPerson = kind == QuestionKind.Person || lexicon.Asks("person", tokens) || heads.Any(h => h.Kind == HeadKind.Person)
            || (asksName && (LexiconMatcher.Find(tokens, lexicon.PersonNameWords).Any() || courseRoles.Count > 0
                || lexicon.Roles.Any(r => LexiconMatcher.Find(tokens, [r.Role]).Any()) || AskedOffices(tokens, lexicon, first: true).Count > 0))
            || guesses.Any(c => CourseRolesOf(c, lexicon).Count > 0 || AskedOffices(c, lexicon).Count > 0);
        var offices = new List<Office>();
        if (asksPerson)
        {
            // Who did what a guess names is someone named ("đồng chí Nguyễn Thị B, Phó Trưởng ban"), not an office listed.
            kinds.Add(asksName || guesses.Count > 0 ? Expected.Name : Expected.Person);
            // Per clause: an office's body does not run into what the next clause asks ("ai làm trưởng khối, bao lâu họp một lần").
            offices = clauses.Where(c => !guesses.Contains(c)).SelectMany(c => AskedOffices(c, lexicon)).ToList();
        }

        // The office a guess names is not required, but one was guessed: whoever did it holds some office.
        var officeGuessed = asksPerson && guesses.Any(c => AskedOffices(c, lexicon).Count > 0);

        // "giữ chức gì", "kiêm chức vụ gì": the office a person holds.
        if (lexicon.Asks("office", tokens))
        {
            kinds.Add(Expected.Office);
        }

        // "ở Điều mấy": the number of the article that says it, not a count of articles.
        if (AsksArticleNumberIn(tokens, lexicon))
        {
            kinds.Remove(Expected.Count);
            kinds.Add(Expected.ArticleNumber);
        }

        // Who a course is for: the groups it lists answer, as does a person named.
        if (AsksParticipants(question, lexicon))
        {
            kinds.RemoveAll(k => k is Expected.Person or Expected.Name);
            kinds.Add(Expected.Participants);
        }

        // "hiện nay", "hiện tại", "đương nhiệm": a former holder ("nguyên Trưởng ban") is not the one asked about.
        var current = LexiconMatcher.Find(tokens, lexicon.Current).Any();
        var timeFocus = Clauses(question, lexicon).SelectMany(c => LexiconMatcher.Find(c, lexicon.TimeAskers).Select(a => FocusBefore(c, a.At, lexicon)))
            .OfType<string[]>().ToList();
        var focus = timeFocus.Concat(ReasonFoci(question, lexicon)).OfType<string[]>().Concat(AttributeFoci(question, lexicon)).ToList();
        var years = lexicon.YearsIn(Tokenizer.TokenizeTyped(question)).ToList();
        var articles = lexicon.Patterns.Article.Matches(question).Select(m => m.Groups["n"].Value.TrimStart('0')).ToHashSet(StringComparer.Ordinal);
        // "Dân vận khéo là gì?" asks what a term means: a sentence that defines it, not any sentence naming it.
        var defined = kinds.Count == 0 ? DefinedTerm(question, lexicon) : null;
        if (defined is not null)
        {
            kinds.Add(Expected.Definition);
        }

        // "vì sao", "để làm gì", "làm được những gì" asked alone: a sentence stating a reason, a purpose, a result.
        if (kinds.Count == 0 && AskedMotive(tokens, lexicon) is { } motive)
        {
            kinds.Add(motive);
        }

        var listed = ListedOf(question, lexicon);
        return new AnswerExpectation(lexicon, kinds, units, focus, offices, current, years, articles, localities, Attribution(question, lexicon))
        {
            OfficeGuessed = officeGuessed,
            Defined = defined ?? [],
            OpenedTerm = kinds.Count == 0 ? DefinedTerm(question, lexicon, opened: true) ?? [] : [],
            Listed = listed,
            AsksEnumeration = listed.Count > 0 || LexiconMatcher.Find(tokens, lexicon.ListAskers).Any(),
            AsksDaySpan = DaySpanAsked(question, lexicon),
            AsksClock = kinds.Contains(Expected.Time) && lexicon.FindCues(tokens, lexicon.ClockAskers).Any(),
            AsksDuration = Clauses(question, lexicon).Any(c => LexiconMatcher.Find(c, lexicon.DurationAskers).Any()),
            AsksAttendanceCount = Clauses(question, lexicon).Any(c => lexicon.FindCues(c, lexicon.CountAskers).Any() && lexicon.FindCues(c, lexicon.ParticipantActs).Any()),
            TimeFocus = timeFocus,
            AskerWords = lexicon.AskerLists
                .SelectMany(cues => LexiconMatcher.Find(tokens, cues).Where(c => c.Length != 1 || !lexicon.IsPartOfOtherWord(tokens, c.At, cues))).SelectMany(c => tokens.Skip(c.At).Take(c.Length).Select(t => t.Folded)).ToList(),
            GivenNumbers = Tokenizer.Tokenize(question).Where(t => t.All(char.IsDigit)).ToHashSet(StringComparer.Ordinal),
            AskedDocumentTypes = LexiconMatcher.Find(tokens, lexicon.DocumentTypes).Select(d => string.Join(' ', tokens.Skip(d.At).Take(d.Length).Select(t => t.Folded))).ToHashSet(StringComparer.Ordinal),
            AskedCourseRoles = asksPerson ? courseRoles : [],
            PersonEvents = asksPerson || localities.Count > 0 ? Clauses(question, lexicon).SelectMany(c => AskedEvents(c, lexicon, person: true)).Distinct().ToList() : [],
            TimeEvents = TimeEventsOf(question, lexicon),
            AskedStage = kinds.Contains(Expected.Count) ? StageOf(tokens, lexicon) : Stage.Any,
            AloneYears = kinds.Contains(Expected.Count) ? AloneYearsOf(tokens, lexicon) : [],
            CountedIn = kinds.Contains(Expected.Count) ? lexicon.Patterns.NamedLocality.Matches(question).Select(m => Tokenizer.Tokenize(m.Groups["name"].Value).ToArray())
                .Where(name => Provinces.Mentioned(name).Count == 0).ToList() : [],
            NamedOffices = asksPerson ? [] : Clauses(question, lexicon).Select(c => SubjectOffice(c, lexicon)).OfType<Office>().ToList(),
            OfficeHolder = kinds.Contains(Expected.Office) ? NamedPerson(question, lexicon) : [],
            SpeakerOffices = asksPerson ? [] : SpeakerOfficesOf(question, lexicon),
            Aspects = AskedAspects(question, lexicon),
            Heads = heads,
            ThingHeads = heads.Where(h => h.Kind == HeadKind.Thing).ToList(),
            AsksRanking = RankingAsked(question, lexicon),
            ComparedQuality = ComparisonAsked(question, lexicon),
            ReasonPredicates = kinds.Contains(Expected.Reason) ? ReasonActs(question, lexicon).Select(a => PredicateOf(a.Act, a.At, a.Length, lexicon)).ToList() : [],
            EvidenceAsked = AskedEvidenceOf(question, lexicon),
            CountedOver = kinds.Contains(Expected.Count) ? lexicon.WholeAreas.Where(g => lexicon.FindCues(tokens, g).Any()).ToList() : [],
        };
    }

    // The clause with abbreviations typed without diacritics written out ("TXCT" → tiếp xúc cử tri, "BDVTU" → Ban Dân
    // vận Tỉnh ủy); one with several readings ("CQ") becomes the lexicon's clause break (the first of `qualifierEnds`), which nothing hangs on.
    private static List<QueryToken> Expanded(List<QueryToken> clause, QuestionLexicon lexicon)
    {
        var folded = clause.Select(t => t.Folded).ToList();
        var result = new List<QueryToken>(clause.Count + 4);
        for (var i = 0; i < clause.Count; i++)
        {
            // A short form that is also a word typed without diacritics ("tu": TU or từ) is left as typed.
            if (!Abbreviations.IsTypedAsAbbreviation(clause[i]) || Abbreviations.Readings(folded, i, out var length) is not { } readings
                || (length == 1 && Syllables.IsPossible(clause[i].Folded)))
            {
                result.Add(clause[i]);
                continue;
            }

            var reading = readings.Length == 1 ? readings[0] : OfficeReading(readings, clause, i + length, lexicon) ?? NumberedReading(readings, clause, i + length, lexicon);
            result.AddRange(reading is null ? [lexicon.ClauseBreak] : reading.Split(' ').Select(w => new QueryToken(w, w)));
            i += length - 1;
        }

        return result;
    }

    // A short form of several readings followed by another short form ("CT UBND", "TB BDVTU") is the office among them, when
    // one reading is an office ("chủ tịch", "trưởng ban"): an office is what names a body after it.
    private static string? OfficeReading(string[] readings, List<QueryToken> clause, int next, QuestionLexicon lexicon)
    {
        if (next >= clause.Count || !Abbreviations.IsTypedAsAbbreviation(clause[next]) || Syllables.IsPossible(clause[next].Folded)
            || Abbreviations.Readings(clause.Select(t => t.Folded).ToList(), next, out _) is null)
        {
            return null;
        }

        var offices = readings.Where(r => IsOffice(Tokenizer.TokenizeTyped(r), lexicon)).ToList();
        return offices.Count == 1 ? offices[0] : null;
    }

    // A short form of several readings right before a word that numbers or a number ("CT số mấy", "QĐ số bao nhiêu",
    // "CT 16") is the type of document among them, when one reading is one ("chỉ thị"): what is numbered is a document.
    private static string? NumberedReading(string[] readings, List<QueryToken> clause, int next, QuestionLexicon lexicon)
    {
        if (next >= clause.Count || !(lexicon.NumberedMarkers.Contains(clause[next].Folded) || clause[next].Folded.All(char.IsAsciiDigit)))
        {
            return null;
        }

        var documents = readings.Where(r => lexicon.DocumentTypes.Any(d => d.Length == Tokenizer.Tokenize(r).Count && d.StartsAt(Tokenizer.TokenizeTyped(r), 0))).ToList();
        return documents.Count == 1 ? documents[0] : null;
    }

        private static bool IsOffice(List<QueryToken> words, QuestionLexicon lexicon) =>
        words.Count > 0 && (LexiconMatcher.LongestAt(words, lexicon.Deputy.Contains(words[0].Folded) ? 1 : 0, lexicon.Titles) > 0);

    /// <summary>True when <paramref name="sentence"/> holds the kind of fact the question asks for (any, if it asks several).</summary>
    public bool IsMetBy(string sentence) => _kinds.Count == 0 || KindsMetBy(sentence) != 0;

    /// <summary>All the kinds of fact the question asks for, one bit each (0 for a question asking for none).</summary>
    public int AllKinds => _kinds.Aggregate(0, (mask, kind) => mask | (1 << (int)kind));

    /// <summary>
    /// True when a cut of a sentence (the clauses an answer quotes of it) still holds what the sentence holds of the asked
    /// fact: every kind asked the sentence meets, and when a person is asked, the person's name the sentence gives (an
    /// office alone meets "ai" loosely: "… nguyên Phó Trưởng ban …" without "đồng chí Nguyễn Thế Trung" does not answer it).
    /// </summary>
    public bool CutKeepsFact(string sentence, string cut)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(cut);
        var asksPerson = _kinds.Contains(Expected.Person) || _kinds.Contains(Expected.Name) || _kinds.Contains(Expected.Participants);
        return (KindsMetBy(sentence) & ~KindsMetBy(cut)) == 0
            && (!asksPerson || !_lexicon.Patterns.PersonName.IsMatch(sentence) || _lexicon.Patterns.PersonName.IsMatch(cut));
    }

    /// <summary>Which of the kinds of fact asked the sentence holds, one bit each as in <see cref="AllKinds"/>.</summary>
    public int KindsMetBy(string sentence) => KindsMetBy(sentence, null);

    /// <summary>
    /// Which of the kinds of fact asked the sentence holds, read with the <paramref name="next"/> sentence of its passage
    /// when there is one (a sentence opening with "Do đó" says that the one before gives its reason).
    /// </summary>
    public int KindsMetBy(string sentence, string? next)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var mask = 0;
        foreach (var kind in _kinds)
        {
            if (IsMetBy(kind, sentence, next))
            {
                mask |= 1 << (int)kind;
            }
        }

        // A sum of money asked is what any answer must state: the sentence counting the classes does not say their cost.
        return mask != 0 && (IsAboutOtherYear(sentence) || (_kinds.Contains(Expected.Money) && !HoldsMoney(sentence))) ? 0 : mask;
    }

    private bool IsMetBy(Expected kind, string sentence, string? next) =>
        kind switch
        {
            Expected.Count => HoldsCount(sentence),
            Expected.Time => AsksClock ? _lexicon.Patterns.ClockTime.IsMatch(sentence) : Digit().IsMatch(sentence) || HoldsPeriod(sentence),
            Expected.Year => DatePatterns.Year().IsMatch(sentence),
            Expected.Day => DatePatterns.Day().IsMatch(sentence) || HoldsPeriod(sentence, relative: false),
            Expected.Person => (_lexicon.Patterns.Person.IsMatch(sentence) || _offices.Count > 0 || GivesRoleToOffice(sentence)) && HoldsOfficeHolder(sentence) && HoldsCourseRole(sentence) && HoldsEvent(sentence, PersonEvents),
            Expected.Venue => _lexicon.Patterns.Venue.IsMatch(sentence),
            Expected.Name => _lexicon.Patterns.PersonName.IsMatch(sentence) && HoldsOfficeHolder(sentence) && HoldsCourseRole(sentence) && HoldsEvent(sentence, PersonEvents)
                && (!OfficeGuessed || LexiconMatcher.Find(Tokenizer.TokenizeWritten(sentence), _lexicon.Titles).Any()),
            Expected.Locality => _localities.Any(l => l.IsMatch(sentence)) && HoldsEvent(sentence, PersonEvents),
            Expected.Definition => Defines(sentence),
            Expected.Reason or Expected.Purpose or Expected.Result => HoldsMotive(kind, sentence, next),
            Expected.ArticleNumber => _lexicon.Patterns.Article.IsMatch(sentence),
            Expected.Participants => (ListsParticipants(sentence) && HoldsOffice(sentence)) || IsMetBy(Expected.Person, sentence, next),
            Expected.Office => HoldsOfficeHeld(sentence),
            Expected.Money => HoldsMoney(sentence),
            _ => true,
        };

    // How often or how long without a digit: "hằng năm", "định kỳ", "trước và sau mỗi kỳ họp"; for a day asked, not a
    // time placed against an event ("sau khi …").
    private bool HoldsPeriod(string sentence, bool relative = true)
    {
        var tokens = Tokenizer.TokenizeWritten(sentence);
        return LexiconMatcher.Find(tokens, _lexicon.PeriodWords)
            .Any(p => relative || !_lexicon.RelativeTimes.Any(r => r.Length == p.Length && r.StartsAt(tokens, p.At)));
    }

    // A clause checking a guess (QuestionForm.ChecksGuess) that names what someone did or was at the course: an act of
    // the lexicon's events ("quán triệt", "chủ trì"), a saying verb ("phát biểu") or a course role ("người giảng").
    private static bool GuessesDoer(List<QueryToken> clause, QuestionLexicon lexicon) =>
        QuestionForm.ChecksGuess(clause, lexicon) && (lexicon.FindCues(clause, lexicon.EventPhrases).Any()
            || LexiconMatcher.Find(clause, lexicon.SayingVerbs).Any() || CourseRolesOf(clause, lexicon).Count > 0);

    private static bool IsFunctionWord(QueryToken token) =>
        StopWords.IsStopWord(token.Typed, token.Folded) || char.IsDigit(token.Folded[0]);

    // The acts reasons are asked of: in each sentence of the question, the act at the end of the asker's sentence, past
    // commas ("vì sao lớp học năm 2023, tổ chức cho 185 học viên, phải dời lịch"), but not in a later clause that asks a
    // question of its own ("vì sao … cho cán bộ, công chức, viên chức, hiện có tình trạng gì cần sửa": the act is before
    // it). Read as the question's clauses are.
    private static IEnumerable<string[]?> ReasonFoci(string question, QuestionLexicon lexicon) =>
        ReasonActs(question, lexicon).Select(a => ReasonFocus(a.Act, a.At, a.Length, lexicon));

    // Each reason asker with the stretch of the question it asks of (its sentence up to a clause asking its own question).
    private static IEnumerable<(List<QueryToken> Act, int At, int Length)> ReasonActs(string question, QuestionLexicon lexicon)
    {
        foreach (var sentence in SentenceEnd().Split(question))
        {
            var clauses = QueryBuilder.ClauseBreak().Split(sentence);
            var asker = Array.FindIndex(clauses, c => ReasonAskersIn(Read(c, lexicon), lexicon).Any());
            if (asker < 0)
            {
                continue;
            }

            var end = asker + 1;
            while (end < clauses.Length && !AsksOwnQuestion(Read(clauses[end], lexicon), lexicon))
            {
                end++;
            }

            var act = Read(string.Join(", ", clauses[..end]), lexicon);
            foreach (var (at, length) in ReasonAskersIn(act, lexicon))
            {
                yield return (act, at, length);
            }
        }
    }

    // What a clause that asks names as asked of someone or something ("quê của đồng chí … ở đâu", "số điện thoại của Ban … là
    // bao nhiêu"): the lexicon's attributes, each the focus of the answer (with its other names, through the synonyms).
    private static IEnumerable<string[]> AttributeFoci(string question, QuestionLexicon lexicon) =>
        Clauses(question, lexicon).Select(c => (Clause: c, Named: lexicon.FindCues(c, lexicon.Attributes).ToList()))
            .Where(c => c.Named.Count > 0 && (AsksOwnQuestion(c.Clause, lexicon) || lexicon.Kinds.Values.Any(cues => lexicon.FindCues(c.Clause, cues).Any())))
            .SelectMany(c => c.Named.Select(a => c.Clause.Skip(a.At).Take(a.Length).Select(t => t.Folded).ToArray()));

    // A clause holding a question word of its own ("tình trạng gì", "bao nhiêu", "khi nào").
    private static bool AsksOwnQuestion(List<QueryToken> clause, QuestionLexicon lexicon) =>
        clause.Any(t => lexicon.WhichWords.Contains(t.Folded)) || lexicon.FindCues(clause, lexicon.QuestionPhrases).Any()
        || lexicon.FindCues(clause, lexicon.CountAskers).Any() || lexicon.FindCues(clause, lexicon.TimeAskers).Any();

    private static List<QueryToken> Read(string text, QuestionLexicon lexicon) => Expanded(LexiconMatcher.WithBodyNames(Tokenizer.TokenizeTyped(text), lexicon), lexicon);

    [GeneratedRegex(@"[?!;\n]")]
    private static partial Regex SentenceEnd();

    // The question's clauses, abbreviations and bodies' other names written out ("bao nhiêu HV" counts học viên), "%" read
    // as the unit's name.
    private static IEnumerable<List<QueryToken>> Clauses(string question, QuestionLexicon lexicon) =>
        QueryBuilder.ClauseBreak().Split(question.Replace("%", " " + lexicon.PercentWord + " ", StringComparison.Ordinal))
            .Select(c => Expanded(LexiconMatcher.WithBodyNames(Tokenizer.TokenizeTyped(c), lexicon), lexicon)).Where(c => c.Count > 0);
}
