using DanVan.Core.Lexicon;
using DanVan.Core.Retrieval;
using DanVan.Core.Text;

namespace DanVan.Core.Answering;

// People: who is asked for — an office and the body it heads, a name, and what a named person said.
public sealed partial class AnswerExpectation
{
    // The offices a person question names, with "phó" when it asks for a deputy, and up to four words of the body they
    // head ("Trưởng Ban Dân vận Trung ương" → trưởng ban + dân vận trung). A role ("người đứng đầu", "lãnh đạo") names
    // every title it means, each heading the same body.
    private static List<Office> AskedOffices(List<QueryToken> tokens, QuestionLexicon lexicon, bool first = false)
    {
        var folded = tokens.Select(t => t.Folded).ToList();
        var offices = new List<Office>();
        for (var i = 0; i < folded.Count; i++)
        {
            var role = lexicon.Roles.Where(r => r.Role.StartsAt(tokens, i)).OrderByDescending(r => r.Role.Length).FirstOrDefault();
            var titleLength = LexiconMatcher.LongestAt(tokens, i, lexicon.Titles);
            // A title typed without diacritics inside a word the lexicon writes otherwise is none ("Truong Chinh tri tinh").
            if (role.Role is null && (titleLength == 0 || (titleLength == 1 && lexicon.IsPartOfOtherWord(tokens, i, lexicon.Titles))))
            {
                continue;
            }

            // "Trưởng" names its office by the word after it: Trưởng ban, Trưởng phòng, Trưởng đoàn.
            var length = role.Role?.Length ?? (titleLength == 1 && i + 1 < folded.Count ? 2 : titleLength);
            var end = i + length;
            // A syllable typed without diacritics that folds like a stop word and is no word of a body's name starts none
            // ("lanh dao cao nhat ben khoi van tinh": bên, as "bên khối vận tỉnh" typed with them).
            var unnamed = end < folded.Count && tokens[end].Typed == folded[end] && StopWords.MayBeStopWord(folded[end])
                && !lexicon.BodyWords.Contains(folded[end]) && LevelsAt(tokens, end, lexicon) == 0;
            // Up to five words ("Ủy ban nhân dân tỉnh" written out of "UBND tỉnh"), ending before what the office holder
            // did ("Phó trưởng BDVTU phát biểu khai mạc"); a word of a body's name typed without diacritics ("ban") is no
            // function word there.
            while (!unnamed && end < folded.Count && end - i - length < 5 && !(StopWords.IsStopWord(tokens[end].Typed, folded[end]) && !(tokens[end].Typed.All(char.IsAscii) && lexicon.BodyWords.Contains(folded[end])))
                && !char.IsDigit(folded[end][0]) && !lexicon.BodyEnds.Contains(folded[end]) && !StartsProvince(folded, end)
                && LexiconMatcher.LongestAt(tokens, end, lexicon.Titles) == 0 && !StartsAct(tokens, end, lexicon))
            {
                // A body's name ends with its level, levels in a row kept ("Đảng ủy xã"): past it is what the holder did
                // or where ("phó chủ tịch tỉnh dự khai mạc" asks the Phó Chủ tịch of the tỉnh, not of a "tỉnh dự khai mạc").
                if (LevelsAt(tokens, end, lexicon) is var levels and > 0)
                {
                    end += levels;
                    break;
                }

                end++;
            }

            // A link before the level still names the body ("trưởng ban dân vận của thành ủy", "chủ tịch ủy ban cấp xã").
            if (end > i + length && !(LevelsAt(tokens, end - 1, lexicon) > 0) && LexiconMatcher.LongestAt(tokens, end, lexicon.BodyDescriptionWords.Links) is var link and > 0
                && LevelsAt(tokens, end + link, lexicon) is var linked and > 0)
            {
                end += link + linked;
            }

            // "TB BDVTU" written out says "trưởng ban ban dân vận tỉnh ủy": the body's first word repeats the office's last.
            // Words of what the body does are no part of its name ("trưởng ban lo dân vận" heads the Ban Dân vận).
            var body = NameWords(tokens, i + length, end, lexicon);
            body = body.Length > 1 && body[0] == folded[i + length - 1] ? body[1..] : body;
            // "lãnh đạo đơn vị nào": the body is what is asked, not named.
            body = end < folded.Count && lexicon.WhichWords.Contains(folded[end]) ? [] : body;
            if (role.Role is not null)
            {
                offices.AddRange(role.Titles.Select(t => new Office(t.Folded, body)));
                i += role.Role.Length - 1;
            }
            else
            {
                // A deputy asked is met only by a deputy ("Phó Trưởng ban là ai" is not answered by the Trưởng ban).
                var deputy = i > 0 && lexicon.Deputy.Contains(folded[i - 1]);
                offices.Add(new Office(folded.Skip(deputy ? i - 1 : i).Take(deputy ? length + 1 : length).ToArray(), body));
                i += titleLength - 1;
            }

            if (first)
            {
                break;
            }
        }

        return offices;
    }

    // The folded words from one position to another, past those of a phrase of what a body does or of a link ("lo", "phụ trách", "của").
    private static string[] NameWords(List<QueryToken> tokens, int from, int to, QuestionLexicon lexicon)
    {
        var words = new List<string>(to - from);
        for (var k = from; k < to; k++)
        {
            var duty = Math.Max(LexiconMatcher.LongestAt(tokens, k, lexicon.BodyDescriptionWords.Duties), LexiconMatcher.LongestAt(tokens, k, lexicon.BodyDescriptionWords.Links));
            if (duty > 0 && k + duty <= to)
            {
                k += duty - 1;
                continue;
            }

            words.Add(tokens[k].Folded);
        }

        return [.. words];
    }

    // The offices a question names their holders by when it asks what they said or did, not who they are ("Theo ông
    // trưởng ban ở Cà Mau, …", "bà phó ban dân vận tỉnh ủy dặn gì"): an office right after a word of the lexicon's
    // `offices.speakers`, one per clause.
    private static List<Office> SpeakerOfficesOf(string question, QuestionLexicon lexicon)
    {
        var offices = new List<Office>();
        foreach (var clause in Clauses(question, lexicon))
        {
            for (var i = 0; i < clause.Count; i++)
            {
                var at = i + LexiconMatcher.LongestAt(clause, i, lexicon.Speakers);
                if (at > i && at < clause.Count && (lexicon.Roles.Any(r => r.Role.StartsAt(clause, at))
                    || LexiconMatcher.LongestAt(clause, lexicon.Deputy.Contains(clause[at].Folded) ? at + 1 : at, lexicon.Titles) > 0))
                {
                    // A one-word title without a body ("lãnh đạo" read as "trưởng") tells too little: it is in "môi trường".
                    offices.AddRange(AskedOffices(clause[at..], lexicon, first: true).Where(o => o.Title.Length > 1 || o.Body.Length > 0));
                    break;
                }
            }
        }

        return offices;
    }

    /// <summary>
    /// True when the question names the one whose words or acts it asks by an office ("Theo ông trưởng ban ở Cà Mau, …")
    /// and the sentence holds that office: the sentence says what they said or did.
    /// </summary>
    public bool HoldsSpeakerOffice(string sentence) => SpeakerOffices.Count > 0 && HoldsOffice(sentence, SpeakerOffices);

    private IReadOnlyList<Office> SpeakerOffices { get; init; } = [];

    /// <summary>True when the sentence says someone said something (a saying verb of the lexicon: "nhấn mạnh", "lưu ý", "đề nghị").</summary>
    public bool Says(string sentence) => LexiconMatcher.Find(Tokenizer.TokenizeWritten(sentence), _lexicon.SayingVerbs).Any();

    /// <summary>
    /// The names (folded, without a title) of whom a document's sentences give the office the question names its speaker
    /// by: "đồng chí Lê Xuân Đại - …, Phó Chủ tịch UBND tỉnh" makes "đồng chí Lê Xuân Đại lưu ý …" the speaker's words. A
    /// sentence naming several people tells no one.
    /// </summary>
    public IReadOnlyList<string[]> SpeakerNames(IEnumerable<string> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        if (SpeakerOffices.Count == 0)
        {
            return [];
        }

        var titles = _lexicon.PersonTitles.SelectMany(Tokenizer.Tokenize).ToHashSet(StringComparer.Ordinal);
        return sentences.Where(HoldsSpeakerOffice).Select(s => _lexicon.Patterns.PersonName.Matches(s)).Where(m => m.Count == 1)
            .Select(m => Tokenizer.Tokenize(m[0].Value).SkipWhile(titles.Contains).ToArray()).Where(n => n.Length >= 2)
            .DistinctBy(n => string.Join(' ', n)).ToList();
    }

    // How many words of body levels ("tỉnh ủy", "tỉnh", "xã") follow one another from the position.
    private static int LevelsAt(List<QueryToken> tokens, int at, QuestionLexicon lexicon)
    {
        var end = at;
        while (LexiconMatcher.LongestAt(tokens, end, lexicon.OfficeLevels) is var length and > 0)
        {
            end += length;
        }

        return end - at;
    }

    // What a person does in a question (the lexicon's saying verbs and events: "phát biểu", "trình bày", "ký").
    private static bool StartsAct(List<QueryToken> tokens, int at, QuestionLexicon lexicon) =>
        LexiconMatcher.LongestAt(tokens, at, lexicon.SayingVerbs) > 0 || LexiconMatcher.LongestAt(tokens, at, lexicon.EventPhrases) > 0;

    private static readonly string[][] ProvinceTokens = Provinces.Names.Select(n => Provinces.FoldedTokens(n).ToArray()).ToArray();

    private static bool StartsProvince(List<string> folded, int at) =>
        ProvinceTokens.Any(p => TokenSequence.StartsAt(folded, at, p));

    // A sentence names the office asked when it holds its title, not as a deputy's, followed by the body asked or by
    // the end of its clause ("đồng chí X, Trưởng ban"): "Trưởng Ban Dân vận Tỉnh ủy" is not "Trưởng Ban Dân vận Trung ương".
    private bool HoldsOffice(string sentence) => HoldsOffice(sentence, _offices);

    /// <summary>
    /// True when <paramref name="text"/> (a passage's section and text) names every office the question names without
    /// asking who holds it ("Bí thư Đảng ủy xã tiếp công dân mấy ngày?"): what a regulation says of the Chủ tịch UBND
    /// xã does not answer what it says of the Bí thư.
    /// </summary>
    public bool HoldsNamedOffices(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return NamedOffices.All(o => HoldsOffice(text, [o]));
    }

    // The offices a question names as the subject of what it asks, when it asks no person: each must be in the passage holding the fact.
    private IReadOnlyList<Office> NamedOffices { get; init; } = [];

    // The office a clause opens with, named by its title ("Bí thư Đảng ủy xã tiếp công dân mấy ngày"), its body cut to
    // its first two words (what follows may be the act); none when the clause opens otherwise ("hội nghị do Phó Chủ tịch
    // UBND tỉnh chủ trì"), with a person ("ông Trưởng ban … nói") or asks which ("PCT UBND tỉnh nào chủ trì"): there the
    // office tells which event or person, not whose duty.
    private static Office? SubjectOffice(List<QueryToken> clause, QuestionLexicon lexicon)
    {
        var start = 0;
        while (start < clause.Count && IsFunctionWord(clause[start]))
        {
            start++;
        }

        var title = start < clause.Count && lexicon.Deputy.Contains(clause[start].Folded) ? start + 1 : start;
        if (title >= clause.Count || LexiconMatcher.LongestAt(clause, title, lexicon.Titles) == 0 || clause.Any(t => lexicon.WhichWords.Contains(t.Folded))
            || (start > 0 && lexicon.PersonTitles.Any(p => Tokenizer.Tokenize(p) is [var word] && word == clause[start - 1].Folded)))
        {
            return null;
        }

        var office = AskedOffices(clause.Skip(start).ToList(), lexicon).FirstOrDefault();
        return office is null || office.Body.Length == 0 ? null : office with { Body = office.Body[..Math.Min(2, office.Body.Length)] };
    }

    // The office asked held by someone the sentence gives ("ai", "tên gì" of an office): its title and body written as
    // above, and held — by a person named in its clause or an earlier one ("đồng chí X, Ủy viên …, Trưởng Ban Dân vận Tỉnh
    // ủy", "Chủ tịch UBND tỉnh Nguyễn Văn A"), or by another office that it follows in parentheses or after a holding word
    // (lexicon `offices.holding`: "Phó Bí thư Thường trực Đảng ủy (Trưởng khối)", "… đồng thời làm Trưởng Khối"). An office
    // only written as what it does ("Bí thư Đảng ủy xã trực tiếp đối thoại …") or listed among those who attend names nobody.
    private bool HoldsOfficeHolder(string sentence) => HoldsOffice(sentence, _offices, held: true);

    private bool HoldsOffice(string sentence, IReadOnlyList<Office> offices, bool held = false)
    {
        if (offices.Count == 0)
        {
            return true;
        }

        // "Trưởng ban Dân vận các huyện, thành ủy" names the Trưởng ban Dân vận huyện ủy: levels sharing their end are read in full.
        sentence = _lexicon.Patterns.DistributeSharedEnds(sentence);
        var clauses = QueryBuilder.ClauseBreak().Split(sentence);
        // A short title in parentheses is of the body the sentence is about, which must be the body asked ("Tổ dân vận
        // thôn gồm Bí thư chi bộ (Tổ trưởng)" does not say who heads a tổ hòa giải).
        List<string>? whole = null;
        List<string> Whole() => whole ??= Abbreviations.Expand(Tokenizer.Tokenize(sentence), keepAbbreviation: false);
        var clauseStart = 0;
        for (var c = 0; c < clauses.Length; clauseStart += clauses[c].Length + 1, c++)
        {
            var folded = Abbreviations.Expand(Tokenizer.Tokenize(clauses[c]), keepAbbreviation: false);
            foreach (var office in offices)
            {
                for (var i = 0; i + office.Title.Length <= folded.Count; i++)
                {
                    // The body asked, in its order, in the rest of the clause ("Ban Chỉ đạo phong trào thi đua Dân vận khéo"
                    // holds "chỉ đạo phong trào dân vận"), unless the clause ends with the title after someone named
                    // ("đồng chí X, Trưởng ban"; not a list of offices: "chủ tịch, phó chủ tịch UBND các huyện").
                    var bodyAt = i + office.Title.Length;
                    if (TokenSequence.StartsAt(folded, i, office.Title) && (i == 0 || !IsDeputyOrFormer(folded, i, office))
                        && ((bodyAt == folded.Count && (NamedBefore(clauses, c) || (held && OpensParenthesis(sentence, clauseStart, i) && IsSubsequence(office.Body, Whole(), 0))))
                            || IsSubsequence(office.Body, folded, bodyAt))
                        && (!held || IsHeld(sentence, clauses, c, clauseStart, folded, i)))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    // Whether the office written at a position of a clause is someone's: a person named in that clause or before it, or an
    // office it follows in parentheses ("… Đảng ủy (Trưởng khối)") or after a holding word ("đồng thời làm Trưởng Khối").
    private bool IsHeld(string sentence, string[] clauses, int clause, int clauseStart, List<string> folded, int at)
    {
        if (_lexicon.Patterns.PersonName.IsMatch(string.Join(',', clauses[..(clause + 1)])))
        {
            return true;
        }

        return OpensParenthesis(sentence, clauseStart, at) || _lexicon.Holding.Any(h => at >= h.Length && TokenSequence.StartsAt(folded, at - h.Length, h));
    }

    // The title opens a parenthesis after its holder's office ("Phó Bí thư Thường trực Đảng ủy (Trưởng khối)"): the
    // office of the body the sentence is about, which a short title there leaves unsaid.
    private static bool OpensParenthesis(string sentence, int clauseStart, int at) =>
        at == 0 && clauseStart > 0 && sentence[clauseStart - 1] == '(';

    // Someone named by name in the sentence before the clause ("đồng chí Lê Xuân Đại - …, Phó Chủ tịch"): the title that
    // ends the clause is theirs. Offices listed before it ("phó bí thư thường trực, chủ tịch, phó chủ tịch UBND xã") name nobody.
    private bool NamedBefore(string[] clauses, int clause) =>
        clause > 0 && _lexicon.Patterns.PersonName.IsMatch(string.Join(',', clauses[..clause]));

    // The office a person holds asked ("Đồng chí X giữ chức vụ gì", "sếp … là ai, kiêm chức gì"): a sentence naming a
    // person with a title ("Đồng chí X, Phó Bí thư … kiêm Trưởng Ban …"), the person the question names if it names one,
    // and the office it names if it names one.
    private bool HoldsOfficeHeld(string sentence)
    {
        if (!_lexicon.Patterns.PersonName.IsMatch(sentence) || !HoldsOffice(sentence))
        {
            return false;
        }

        var tokens = Tokenizer.TokenizeWritten(sentence);
        return LexiconMatcher.Find(tokens, _lexicon.Titles).Any()
            && (OfficeHolder.Length == 0 || TokenSequence.Contains(tokens.Select(t => t.Folded).ToList(), OfficeHolder));
    }

    // A guess of who did something named an office ("Có phải trưởng ban … phát biểu không"): whoever did it is named
    // with some office ("đồng chí X, Phó Trưởng ban"), not just by name.
    private bool OfficeGuessed { get; init; }

    // The person whose office is asked, by name (folded), when the question names one.
    private string[] OfficeHolder { get; init; } = [];

    // A full name the question names (a family name and two more syllables), not a place's ("Hà Nam").
    private static string[] NamedPerson(string question, QuestionLexicon lexicon) =>
        lexicon.Patterns.QuestionName.Matches(question).Select(m => Tokenizer.Tokenize(m.Value))
            .FirstOrDefault(name => name.Count >= 3 && Provinces.Mentioned(name).Count == 0)?.ToArray() ?? [];

    // A role at a course asked ("ai đứng lớp", "thầy ấy", "ông tiến sĩ") is met only by a sentence writing one of its
    // group ("Báo cáo viên là TS. …", "… truyền đạt chuyên đề"): who attended or opened the course is not who taught it.
    private bool HoldsCourseRole(string sentence)
    {
        if (AskedCourseRoles.Count == 0)
        {
            return true;
        }

        var tokens = Tokenizer.TokenizeWritten(sentence);
        return AskedCourseRoles.Any(group => LexiconMatcher.Find(tokens, group).Any());
    }

    // A role at a course or an act asked given to an office of a body, not to someone named ("Báo cáo viên là lãnh đạo Ban
    // Dân tộc tỉnh, Ban Tôn giáo tỉnh và giảng viên Trường Chính trị tỉnh"; "học viên được lãnh đạo Vụ Đoàn thể Nhân dân,
    // Ban Dân vận Trung ương truyền đạt các chuyên đề"; "hội nghị do lãnh đạo Ban Dân vận Tỉnh ủy chủ trì"): the role, a holding word
    // (lexicon `offices.holding`) and such an office; or such an office right before the role's or the event's act, only
    // words of the body's name between. An office is a role, a title
    // or a role at a course (lexicon `offices`) followed by a body's name (a `bodyKinds` word and its capitalised name):
    // "giảng viên là người truyền đạt kiến thức" gives the role to nobody.
    private bool GivesRoleToOffice(string sentence)
    {
        if (AskedCourseRoles.Count == 0 && PersonEvents.Count == 0)
        {
            return false;
        }

        var spans = Tokenizer.TypedSpans(sentence, 0, sentence.Length);
        var tokens = spans.Select(s => s.Token with { Written = true }).ToList();
        var bodies = _lexicon.Patterns.NamedBody.Matches(sentence).Select(m => spans.FindIndex(s => s.Start == m.Index)).Where(i => i >= 0).ToHashSet();
        if (bodies.Count == 0)
        {
            return false;
        }

        // The office opening at a position: its words up to its body's name (0 when none opens there).
        int OfficeAt(int at)
        {
            var title = _lexicon.Deputy.Contains(tokens[at].Folded) ? at + 1 : at;
            var length = Math.Max(Math.Max(_lexicon.Roles.Where(r => r.Role.StartsAt(tokens, at)).Select(r => r.Role.Length).DefaultIfEmpty(0).Max(),
                LexiconMatcher.LongestAt(tokens, title, _lexicon.Titles) is var t and > 0 ? title - at + t : 0),
                _lexicon.CourseRoles.Select(g => LexiconMatcher.LongestAt(tokens, at, g)).DefaultIfEmpty(0).Max());
            return length > 0 && bodies.Contains(at + length) ? length : 0;
        }

        var folded = tokens.Select(t => t.Folded).ToList();
        foreach (var group in AskedCourseRoles.Concat(PersonEvents))
        {
            foreach (var (at, length) in LexiconMatcher.Find(tokens, group))
            {
                var after = at + length;
                var holding = _lexicon.Holding.Where(h => TokenSequence.StartsAt(folded, after, h)).Select(h => h.Length).DefaultIfEmpty(0).Max();
                if (holding > 0 && after + holding < tokens.Count && OfficeAt(after + holding) > 0)
                {
                    return true;
                }

                // Back from the act over the body's name (no function word but a capitalised one: "Ban") to the office that opens it.
                for (var k = at - 1; k >= 0 && at - k <= MaxBodyName && (char.IsUpper(sentence[spans[k].Start]) || !StopWords.IsStopWord(tokens[k].Typed, tokens[k].Folded)); k--)
                {
                    if (OfficeAt(k) > 0)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Of the kinds a sentence meets (<paramref name="met"/>, as <see cref="KindsMetBy(string)"/>), the person asked when
    /// the sentence meets it only by an office holding what is asked, with no word for a person ("Báo cáo viên là lãnh đạo
    /// Ban Dân tộc tỉnh …"): that answers only where the document names no one who does (see <see cref="NamesPersonAsked"/>).
    /// </summary>
    public int OfficeOnlyKinds(string sentence, int met) =>
        (met & PersonKind) != 0 && !_lexicon.Patterns.Person.IsMatch(sentence) ? met & PersonKind : 0;

    /// <summary>True when the sentence meets the person asked (<paramref name="met"/> as <see cref="KindsMetBy(string)"/>) by naming someone.</summary>
    public bool NamesPersonAsked(string sentence, int met) => (met & PersonKind) != 0 && _lexicon.Patterns.PersonName.IsMatch(sentence);

    private const int PersonKind = 1 << (int)Expected.Person;

    // The most words an office and its body's name take before the act the office does ("lãnh đạo Vụ Đoàn thể Nhân dân, Ban Dân vận Trung ương").
    private const int MaxBodyName = 14;

    // The groups of course roles a person question names.
    private IReadOnlyList<IReadOnlyList<LexiconPhrase>> AskedCourseRoles { get; init; } = [];

    private static List<IReadOnlyList<LexiconPhrase>> CourseRolesOf(List<QueryToken> tokens, QuestionLexicon lexicon) =>
        lexicon.CourseRoles.Where(group => LexiconMatcher.Find(tokens, group).Any()).ToList();

    private static bool IsSubsequence(string[] words, List<string> folded, int from)
    {
        var k = 0;
        for (var i = from; i < folded.Count && k < words.Length; i++)
        {
            if (folded[i] == words[k])
            {
                k++;
            }
        }

        return k == words.Length;
    }

    /// <summary>An office asked about: its title ("trưởng ban") and the first words of the body it heads.</summary>
    private sealed record Office(string[] Title, string[] Body);

    // "Phó Trưởng ban", "Phó Vụ trưởng" (phó before the office) unless a deputy is asked; "nguyên Trưởng ban" when the
    // question asks who holds it now.
    private bool IsDeputyOrFormer(List<string> folded, int at, Office office) =>
        (_lexicon.Deputy.Contains(folded[at - 1]) && !_lexicon.Deputy.Contains(office.Title[0])) || (_current && _lexicon.Former.Contains(folded[at - 1]));

    /// <summary>
    /// True unless the question asks what a named person said about something ("Đồng chí Lê Xuân Đại nói gì về chuyển
    /// đổi số?") and the fields (a sentence, its neighbours, its document's context) do not hold both the name and the
    /// first words of that topic: what he said about another topic does not answer it.
    /// </summary>
    public bool HoldsAttribution(params IReadOnlyList<string>[] fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        if (_attribution is not { } attribution)
        {
            return true;
        }

        var topics = _lexicon.SynonymsOf(string.Join(' ', attribution.Topic)).Select(t => t.Split(' ')).Append(attribution.Topic).ToList();
        return fields.Any(f => TokenSequence.Contains(f, attribution.Speaker)) && topics.Any(t => fields.Any(f => TokenSequence.Contains(f, t)));
    }

    // "X nói gì về T", "X nhận xét gì về T", "theo X … đánh giá gì về T": X a person (a capitalised full name, or the
    // words after a title such as "đồng chí", whatever the case and diacritics typed), T's first one or two words.
    private static (string[] Speaker, string[] Topic)? Attribution(string question, QuestionLexicon lexicon)
    {
        var tokens = Tokenizer.TokenizeTyped(question);
        var (verbAt, about) = (-1, -1);
        for (var i = 0; i + 2 < tokens.Count && about < 0; i++)
        {
            var verb = LexiconMatcher.LongestAt(tokens, i, lexicon.SayingVerbs);
            var asker = verb > 0 ? LexiconMatcher.LongestAt(tokens, i + verb, lexicon.AboutAskers) : 0;
            if (asker > 0)
            {
                (verbAt, about) = (i, i + verb + asker);
            }
        }

        if (about < 0)
        {
            return null;
        }

        var titles = lexicon.PersonTitles.SelectMany(Tokenizer.Tokenize).ToHashSet(StringComparer.Ordinal);
        var topic = tokens.Skip(about).SkipWhile(IsFunctionWord).TakeWhile(t => !IsFunctionWord(t)).Take(2).Select(t => t.Folded).ToArray();
        var name = lexicon.Patterns.QuestionName.Match(question);
        string[] speaker;
        // A province whose name opens with a family name ("Thái Bình có nói gì về …") is a place, not who speaks.
        if (name.Success && name.Index < question.Length && Tokenizer.TokenizeTyped(question[..name.Index]).Count < verbAt
            && !Provinces.InNames(Tokenizer.Tokenize(name.Value)).All(inName => inName))
        {
            speaker = Tokenizer.Tokenize(name.Value).SkipWhile(titles.Contains).ToArray();
        }
        else
        {
            // The words after the last title before the verb, up to a function word ("đã"; typed in lower case or
            // without diacritics no capital ends the name: "thay vy tu lieu o lop …").
            var title = tokens.Take(verbAt).Select((t, k) => (t, k)).LastOrDefault(x => titles.Contains(x.t.Folded), (default, -1)).Item2;
            speaker = title < 0 ? [] : tokens.Skip(title + 1).Take(verbAt - title - 1).SkipWhile(t => titles.Contains(t.Folded))
                .TakeWhile(t => !IsFunctionWord(t)).Select(t => t.Folded).ToArray();
            speaker = speaker.Length is >= 2 and <= 4 ? speaker : [];
        }

        return topic.Length == 0 || speaker.Length == 0 ? null : (speaker, topic);
    }
}
