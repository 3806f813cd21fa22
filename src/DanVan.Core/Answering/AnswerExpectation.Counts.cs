using DanVan.Core.Lexicon;
using DanVan.Core.Retrieval;
using DanVan.Core.Text;

namespace DanVan.Core.Answering;

// Counts: "bao nhiêu X", "mấy X", "số mấy" — a number next to what it counts.
public sealed partial class AnswerExpectation
{
    // How far a count may stand from what it counts: "230 học viên", "gần 1.200 người có uy tín", "số học viên là 230".
    private const int CountBefore = 4;

    private const int CountAfter = 6;

    private bool HoldsCount(string sentence)
    {
        if (!_lexicon.Patterns.MayHoldNumber.IsMatch(sentence) || !HoldsAskedStage(sentence))
        {
            return false;
        }

        // A span of days answers "mấy ngày": "từ ngày 1 đến ngày 3/11", "(27 – 29/8)".
        if (_units.Any(u => u.IsDay) && DatePatterns.DaySpan().IsMatch(sentence))
        {
            return true;
        }

        foreach (var unit in _units)
        {
            if (unit.IsPercent && HoldsPercent(unit, sentence))
            {
                return true;
            }
        }

        // Otherwise dates are not counts: "(20 – 22/10), các học viên" says nothing about how many. The sentence is read
        // part by part (between semicolons) to know which part each number stands in.
        var romans = Roman().Matches(sentence).Select(m => m.Value.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var tokens = new List<QueryToken>();
        var partOf = new List<int>();
        var parts = new List<List<string>>();
        foreach (var part in sentence.Split(';'))
        {
            var partTokens = Tokenizer.TokenizeTyped(DatePatterns.Day().Replace(part, " , "));
            partOf.AddRange(Enumerable.Repeat(parts.Count, partTokens.Count));
            parts.Add(partTokens.Select(t => t.Folded).ToList());
            tokens.AddRange(partTokens);
        }

        var numbers = new List<int>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var typed = tokens[i].Typed;
            var isNumber = (char.IsDigit(typed[0]) && !GivenNumbers.Contains(tokens[i].Folded)) || _lexicon.NumberWords.Contains(typed) || romans.Contains(typed);
            if (isNumber && LexiconMatcher.LongestAt(tokens, i, _lexicon.Quantifiers) == 0 && !IsDatedYear(tokens, i))
            {
                numbers.Add(i);
            }
        }

        if (numbers.Count == 0)
        {
            return false;
        }

        if (_units.Count == 0)
        {
            return true;
        }

        var folded = tokens.Select(t => t.Folded).ToList();
        foreach (var unit in _units)
        {
            // A number right before a unit of its own counts that ("trong 3 ngày, các học viên …" counts days).
            var counting = numbers.Where(n => !CountsOtherUnit(unit, tokens, folded, n)).ToList();
            for (var k = 0; k < tokens.Count; k++)
            {
                var after = k + unit.Syllables.Length - 1;

                // What the count measures stands in the number's part of the sentence: "… chiếm khoảng 32% dân số; toàn tỉnh
                // có 6 tôn giáo … 180.000 tín đồ" does not count the province's population.
                if (SameUnit(unit, tokens, folded, k) && HoldsQualifier(unit, folded) &&
                    counting.Any(n => ((!unit.NumberAfter && k - n > 0 && k - n <= (unit.Adjacent ? 1 : CountBefore) && !InOtherWord(unit, folded, k, n)) || (n - after > 0 && n - after <= unit.MaxAfter && !OtherWordAt(unit, folded, k)))
                        && HoldsWords(unit.Measured, parts[partOf[n]]) && HoldsWords(unit.Reached, parts[partOf[n]])))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // The unit's syllable ends another word when a word stands between it and the number and the question's next
    // syllable does not follow it: "bao nhiêu giáo viên" is not counted by "6 tôn giáo được công nhận".
    // Before a number that follows, the same: "bao nhiêu đảng viên" is not counted by "Đảng toàn quốc lần thứ XIII".
    private static bool InOtherWord(Unit unit, List<string> folded, int at, int number) => at - 1 > number && OtherWordAt(unit, folded, at);

    private static bool OtherWordAt(Unit unit, List<string> folded, int at) =>
        unit.Next is not null && (at + unit.Syllables.Length >= folded.Count || folded[at + unit.Syllables.Length] != unit.Next);

    // A year after a unit of time ("Luật Tín ngưỡng, tôn giáo năm 2016") dates something: neither the year nor the unit
    // (which may read as a number word) counts anything, unless time is what is counted.
    private bool IsDatedYear(List<QueryToken> tokens, int at)
    {
        var year = at + 1 < tokens.Count && IsYear(tokens[at + 1]) && LexiconMatcher.LongestAt(tokens, at, _lexicon.TimeUnits) == 1 ? at + 1
            : at > 0 && IsYear(tokens[at]) && LexiconMatcher.LongestAt(tokens, at - 1, _lexicon.TimeUnits) == 1 ? at : -1;
        return year > 0 && !_units.Any(u => LexiconMatcher.LongestAt(u.Syllables.Select(w => new QueryToken(w, w)).ToList(), 0, _lexicon.TimeUnits) > 0);

        static bool IsYear(QueryToken token) => token.Folded.Length == 4 && DatePatterns.Year().IsMatch(token.Folded);
    }

    private bool CountsOtherUnit(Unit unit, List<QueryToken> tokens, List<string> folded, int number) =>
        !unit.NumberAfter && number + 1 < tokens.Count && LexiconMatcher.LongestAt(tokens, number + 1, _lexicon.UnitWords) > 0
        && !SameUnit(unit, tokens, folded, number + 1);

    // What narrows the count ("bao nhiêu tín đồ Công giáo", "bao nhiêu người thuộc lực lượng vũ trang"): at least half of
    // its word pairs must be in the sentence holding the number, or the number counts something wider. Pairs, because
    // "công tác tôn giáo" holds "công" and "giáo" but not "Công giáo".
    // An act alone narrowing a count or a share ("bao nhiêu người qua", "bao nhiêu phần trăm qua") is held as each word
    // of a longer clause is.
    private bool HoldsQualifier(Unit unit, List<string> folded) =>
        WordsOf(unit.Qualifier) is { Count: > 0 } words && ((unit.CountsPeople && words.Count > 1) || (words.Count == 1 && IsCountedAct(words[0])))
            ? HoldsMostWords(words, folded) : HoldsWords(unit.Qualifier, folded);

    private bool IsCountedAct(string[] word) => _lexicon.CountedActsOf(string.Join(' ', word)).Count > 0;

    // A clause narrowing a count of any people ("bao nhiêu người làm bài tốt") is said in other words, word by word, by
    // the sentence that counts them ("27 học viên có bài thu hoạch xuất sắc"): its first word and half of them all,
    // each or a synonym, will do. One word ("đại biểu nữ", "người là đảng viên") or what narrows people of a kind ("tín
    // đồ Công giáo") is held by its pairs, as before. An act may be said the other way round by the lexicon's counted acts
    // ("mấy người nhận chứng chỉ" by "cấp chứng chỉ … cho 170 học viên"), but what is received or passed must then be held
    // as the half: "cấp giấy chứng nhận cho 230 học viên" does not count those who received a "bằng khen".
    private bool HoldsMostWords(List<string[]> words, List<string> folded)
    {
        var held = words.Select(w => TokenSequence.Contains(folded, w) || _lexicon.SynonymsOf(string.Join(' ', w)).Any(p => TokenSequence.Contains(folded, p.Split(' ')))).ToList();
        var actHeld = !held[0] && _lexicon.CountedActsOf(string.Join(' ', words[0])).Any(p => TokenSequence.Contains(folded, p.Split(' ')));
        return (held[0] || actHeld) && (held.Count(h => h) * 2 >= words.Count || (actHeld && words.Count == 1));
    }

    // The words of what narrows a count: each phrase the lexicon knows ("đảng viên", "thu hoạch") one word, each other
    // syllable one; function words ("có") and short forms the bot cannot read none.
    private List<string[]> WordsOf(string[] syllables)
    {
        var tokens = syllables.Select(s => new QueryToken(s, s)).ToList();
        List<LexiconPhrase> known = [.. _lexicon.KnownWordPhrases, .. _lexicon.CountedActPhrases];
        var words = new List<string[]>();
        for (var i = 0; i < tokens.Count;)
        {
            var length = Math.Max(1, LexiconMatcher.LongestAt(tokens, i, known));
            if (length > 1 || char.IsDigit(syllables[i][0]) || (Syllables.IsPossible(syllables[i]) && !StopWords.MayBeStopWord(syllables[i])) || IsCountedAct([syllables[i]]))
            {
                words.Add(syllables[i..(i + length)]);
            }

            i += length;
        }

        return words;
    }

    // The same rule for what a number measures ("tỷ lệ giải quyết đơn thư", "đồng bào có đạo chiếm …"): half of its
    // pairs, or the whole phrase's paraphrase ("tín đồ" ← "đồng bào có đạo").
    private bool HoldsWords(string[] words, List<string> folded)
    {
        // A short form the bot cannot read ("ĐBDTTS") is no word a sentence could hold: it narrows nothing.
        words = words.Where(w => char.IsDigit(w[0]) || Syllables.IsPossible(w)).ToArray();
        // Its pairs, each or its paraphrase ("xích mích" ← "mâu thuẫn"); a qualifier of one word needs it or a synonym
        // the lexicon gives it ("bao nhiêu người qua" ← "100% đạt yêu cầu").
        if (words.Length < 2)
        {
            return words.Length == 0 || folded.Contains(words[0]) || _lexicon.SynonymsOf(words[0]).Any(p => TokenSequence.Contains(folded, p.Split(' ')));
        }

        if (_lexicon.SynonymsOf(string.Join(' ', words)).Any(p => TokenSequence.Contains(folded, p.Split(' '))))
        {
            return true;
        }

        var found = words.Zip(words.Skip(1), (a, b) => a + " " + b)
            .Count(pair => _lexicon.SynonymsOf(pair).Append(pair).Any(p => TokenSequence.Contains(folded, p.Split(' '))));
        return found * 2 >= words.Length - 1;
    }

    // The words after what a count asks in its clause (function words at its ends left out, and syllables typed without
    // diacritics that may be one: "hoc vien tai lop" is narrowed as "học viên tại lớp"), up to "và", the next asker,
    // how often ("mỗi năm") or an event of the course itself.
    private static string[] QualifierAfter(List<QueryToken> clause, int start, QuestionLexicon lexicon)
    {
        // Past the whole word counted when the lexicon knows it ("người có tiếng nói", "học viên").
        var known = LexiconMatcher.LongestAt(clause, start, lexicon.PeopleUnits.Concat(lexicon.SynonymPhrases).Concat(lexicon.UnitClasses.SelectMany(c => c)).ToList());
        // A word for people ending in the course it takes part in ("người dự lớp") ends what narrows the count there, as
        // the course named after a unit does: "mấy người dự lớp Dân vận khéo" names the course, not which of its
        // learners ("người dự hội Lim" is narrowed by the event). Only "là" right after it still narrows.
        var first = start + Math.Max(1, known);
        if (known > 1 && EndsWithCourse(clause, first, lexicon) && !(first < clause.Count && lexicon.QualifierLinks.Contains(clause[first].Folded)))
        {
            return [];
        }

        var words = new List<QueryToken>();
        // A province or place named after the unit ("bao nhiêu học viên ở Quảng Trị được khen thưởng") is where, not
        // what narrows the count: the place is checked as a named mention, and the sentence holding the number rarely repeats it.
        var place = PlaceMask(clause, lexicon);
        // In a question typed with diacritics a word without them is as written: "thi lại" (to resit) is no "thì".
        var marked = !AmbiguousSyllables.TypedWithoutDiacritics(clause);
        for (var i = first; i < clause.Count && words.Count < MaxQualifier; i++)
        {
            if (place[i] || (i + 1 < clause.Count && place[i + 1] && IsFunctionWord(clause[i])))
            {
                continue;
            }

            // "bao nhiêu người là chủ tịch xã": "là" right after the unit opens what narrows it.
            if (i == first && lexicon.QualifierLinks.Contains(clause[i].Folded))
            {
                continue;
            }

            // A word for people first is what a percentage is of ("phần trăm học viên"), though "học" is a course event.
            var people = i == first && LexiconMatcher.LongestAt(clause, i, lexicon.PeopleUnits) > 0;
            // Typed without diacritics, a word the lexicon knows that starts with an end's lookalike ("vi pham": vi phạm) goes on.
            var lookalike = !marked && clause[i].Typed == clause[i].Folded && LexiconMatcher.LongestAt(clause, i, lexicon.QualifierEndLookalikes) > 1;
            var ends = marked && clause[i].Typed == clause[i].Folded ? lexicon.QualifierEndsWritten.Contains(clause[i].Typed)
                : lexicon.QualifierEnds.Contains(clause[i].Folded) && !lookalike;
            if (ends || (lexicon.CourseEvents.Contains(clause[i].Folded) && !people)
                || LexiconMatcher.LongestAt(clause, i, lexicon.CountAskers) > 0 || LexiconMatcher.LongestAt(clause, i, lexicon.PeriodWords) > 0
                || LexiconMatcher.LongestAt(clause, i, lexicon.ParticipantActs) > 0 || OpensSpeaker(clause, i, lexicon))
            {
                break;
            }

            if (words.Count > 0 || lookalike || !Anchorless(clause[i]))
            {
                words.Add(clause[i]);
            }
        }

        // A function word that ends a word the lexicon knows stays: "nhận chứng chỉ" is not narrowed as "nhận chứng".
        while (words.Count > 0 && Anchorless(words[^1]) && !EndsKnownWord(words, lexicon, Anchorless))
        {
            words.RemoveAt(words.Count - 1);
        }

        return words.Select(w => w.Folded).ToArray();

        bool Anchorless(QueryToken token) => marked ? IsFunctionWord(token) : IsAnchorless(token);
    }

    private const int MaxQualifier = 4;

    // Who says it, not what narrows the count: a speaker word of the lexicon's `offices.speakers` right before a word for
    // a person ("mấy câu hỏi theo báo cáo viên ở Quảng Trị", "theo ông Vinh"); "người theo đạo" goes on.
    private static bool OpensSpeaker(List<QueryToken> clause, int at, QuestionLexicon lexicon)
    {
        if (at + 1 >= clause.Count || LexiconMatcher.LongestAt(clause, at, lexicon.Speakers) == 0)
        {
            return false;
        }

        return LexiconMatcher.LongestAt(clause, at + 1, lexicon.PersonWordPhrases) > 0;
    }

    // The last words end a word of more than one syllable the lexicon knows, all of it among them, opening with a word
    // of its own: "chứng chỉ", not "vi the" (vì thế) typed without diacritics.
    private static bool EndsKnownWord(List<QueryToken> words, QuestionLexicon lexicon, Func<QueryToken, bool> anchorless)
    {
        return Enumerable.Range(0, words.Count - 1).Any(at => !anchorless(words[at]) && lexicon.KnownWordPhrases.Any(p => p.Length == words.Count - at && p.StartsAt(words, at)));
    }

    // The word before a position is a course's ("lớp", "khóa"): an event of the course and a counter of courses.
    private static bool EndsWithCourse(List<QueryToken> clause, int end, QuestionLexicon lexicon) =>
        end > 0 && lexicon.CourseEventKeys.Contains(clause[end - 1].Folded) && lexicon.UnitClasses.Any(c => c.Any(p => p.Key == clause[end - 1].Folded));

    // A word for people, not one for people of a kind ("đảng viên", "tín đồ"), which only itself counts.
    private static bool CountsAnyPeople(List<QueryToken> clause, int at, QuestionLexicon lexicon) =>
        LexiconMatcher.LongestAt(clause, at, lexicon.PeopleUnits) > 0 && LexiconMatcher.LongestAt(clause, at, lexicon.PeopleOfKind) == 0;

    // Any word for people counts people: "bao nhiêu người" is answered by "170 học viên" or "800 cán bộ".
    private bool SameUnit(Unit unit, List<QueryToken> tokens, List<string> folded, int at)
    {
        // Asked with diacritics, the written word must be the one asked: "căn nhà" folds like "cán bộ".
        if (TokenSequence.StartsAt(folded, at, unit.Syllables) && (unit.TypedHead is null || tokens[at].Typed == tokens[at].Folded
            || VietnameseText.SpellingKey(tokens[at].Typed, folded[at]) == VietnameseText.SpellingKey(unit.TypedHead, folded[at])))
        {
            return true;
        }

        // A unit's other names count it too: "bao nhiêu cây số" ← "12 km".
        return unit.OtherNames.Any(other => TokenSequence.StartsAt(folded, at, other))
            || (unit.CountsPeople && LexiconMatcher.LongestAt(tokens, at, _lexicon.PeopleUnits) > 0)
            || (unit.Class is { } counters && LexiconMatcher.LongestAt(tokens, at, counters) > 0);
    }

    /// <summary>
    /// This expectation with a counted word the materials never write and the lexicon does not know, whose first syllable
    /// opens a word for any people ("bao nhiêu học trò": học viên; "cán sự": cán bộ), read as a word for people: any count
    /// of people meets it, and its second syllable is the word's own, not what narrows the count. A word for people of a
    /// kind ("giáo dân") lends its syllable to no other ("giáo viên" stays a count of its own), nor does one the index
    /// writes ("công an").
    /// </summary>
    public AnswerExpectation WithUnwrittenPeopleWords(Func<string[], bool> isWritten)
    {
        ArgumentNullException.ThrowIfNull(isWritten);
        var units = _units.Select(u => IsUnwrittenPeopleWord(u, isWritten) ? u with
        {
            Syllables = [u.Syllables[0], u.Next!],
            CountsPeople = true,
            Qualifier = u.Qualifier[1..],
            Next = null,
            ReadAsPeople = true,
        } : u).ToList();
        if (!units.Any(u => u.ReadAsPeople))
        {
            return this;
        }

        var copy = (AnswerExpectation)MemberwiseClone();
        copy._units = units;
        return copy;
    }

    private bool IsUnwrittenPeopleWord(Unit unit, Func<string[], bool> isWritten)
    {
        if (unit.CountsPeople || unit.NumberAfter || unit.Syllables.Length != 1 || unit.Next is not { } next || unit.Qualifier.FirstOrDefault() != next)
        {
            return false;
        }

        var word = new[] { unit.Syllables[0], next };
        var key = string.Join(' ', word);
        var tokens = word.Select(w => new QueryToken(w, w)).ToList();
        return !isWritten(word) && _lexicon.SynonymsOf(key).Count == 0 && LexiconMatcher.LongestAt(tokens, 0, [.. _lexicon.Words, .. _lexicon.UnitWords]) < 2
            && _lexicon.PeopleUnits.Any(p => p.Length > 1 && p.Folded[0] == word[0] && (unit.TypedHead is null || p.Written[0] == unit.TypedHead)
                && !_lexicon.PeopleOfKind.Any(k => k.Key == p.Key));
    }

    // A stop word typed without diacritics that a unit folds like is that unit after a count asker ("bao nhieu ho": hộ, not họ).
    private static bool IsUnitTypedPlain(List<QueryToken> clause, int at, QuestionLexicon lexicon) =>
        clause[at].Typed == clause[at].Folded && LexiconMatcher.LongestAt(clause, at, lexicon.UnitWords) > 0;

    // Positions right after each count asker ("bao nhiêu", "mấy").
    // A "mấy"/"bao nhiêu" that ends a question word of time ("tháng mấy", "năm mấy", "ngày mấy": which month, year,
    // day) asks a time, not a count; "mấy tháng" still counts months.
    private static IEnumerable<int> AskerAt(List<QueryToken> tokens, QuestionLexicon lexicon)
    {
        var times = lexicon.FindCues(tokens, lexicon.TimeAskers).ToList();
        return lexicon.FindCues(tokens, lexicon.CountAskers)
            .Where(a => !times.Any(t => t.At <= a.At && a.At + a.Length <= t.At + t.Length && t.Length > a.Length))
            .Select(a => a.At + a.Length);
    }

    // The word right after "số", "tổng số" … before the asker, unless that "số" is part of a word ("dân số", "chuyển
    // đổi số") or numbers something ("Chỉ thị số 05").
    private static Unit? CountNamedBefore(List<QueryToken> clause, int asker, QuestionLexicon lexicon)
    {
        var before = clause.Take(asker).ToList();
        foreach (var (at, length) in LexiconMatcher.Find(before, [.. lexicon.Words, .. lexicon.CountNouns]))
        {
            var next = at + length;
            if (next < asker && !IsFunctionWord(clause[next]) && lexicon.CountNouns.Any(n => n.Length == length && n.StartsAt(clause, at))
                && !lexicon.Words.Any(w => w.Length == length && w.StartsAt(clause, at)))
            {
                return Unit.Of(lexicon, [clause[next].Folded], numberAfter: false, CountsAnyPeople(clause, next, lexicon),
                    clause[next].Typed == clause[next].Folded ? null : clause[next].Typed);
            }
        }

        return null;
    }

    // The noun after a classifier that is a word of its own there (not "câu hỏi"), unless the clause ends, joins or asks again.
    private static QueryToken? ClassifiedNoun(List<QueryToken> clause, int at, QuestionLexicon lexicon)
    {
        if (at + 1 >= clause.Count || LexiconMatcher.LongestAt(clause, at, lexicon.Classifiers) != 1
            || LexiconMatcher.LongestAt(clause, at, [.. lexicon.PeopleUnits, .. lexicon.SynonymPhrases, .. lexicon.UnitClasses.SelectMany(c => c), .. lexicon.Words]) > 1)
        {
            return null;
        }

        var next = clause[at + 1];
        return char.IsDigit(next.Folded[0]) || lexicon.QualifierEnds.Contains(next.Folded) || LexiconMatcher.LongestAt(clause, at + 1, lexicon.CountAskers) > 0 ? null : next;
    }

    private static bool AsksCount(string question, QuestionLexicon lexicon) => Clauses(question, lexicon).Any(c => AskerAt(c, lexicon).Any());

    // Every "mấy"/"bao nhiêu" of the question ends a question word of time ("tháng mấy"): no count is asked.
    private static bool CountWordsAskOnlyTime(string question, QuestionLexicon lexicon)
    {
        var clauses = Clauses(question, lexicon).ToList();
        return clauses.Any(c => lexicon.FindCues(c, lexicon.CountAskers).Any()) && !clauses.Any(c => AskerAt(c, lexicon).Any());
    }

    // What each "bao nhiêu"/"mấy" counts: the head of the word right after it ("bao nhiêu mô hình" → mô, "mấy ngày"
    // → ngày), or when nothing follows in its clause the word right before it ("dân số là bao nhiêu", "lần thứ mấy").
    private static List<Unit> CountedUnits(string question, QuestionLexicon lexicon)
    {
        var units = new List<Unit>();
        var earlier = new List<QueryToken>();
        foreach (var clause in Clauses(question, lexicon))
        {
            foreach (var start in AskerAt(clause, lexicon))
            {
                var asker = lexicon.FindCues(clause, lexicon.CountAskers).First(a => a.At + a.Length == start).Length;
                var measured = MeasuredBy(clause, start - asker, lexicon);
                var reached = ReachedBy(clause, start - asker, lexicon);
                // "khóa mấy", "lần thứ bao nhiêu" with nothing counted after: the number after any word of its set
                // ("lần thứ XX", "khóa XIII"); "khóa mấy ngày" counts days.
                var ordinals = start >= clause.Count || (IsFunctionWord(clause[start]) && !IsUnitTypedPlain(clause, start, lexicon)) ? OrdinalsBefore(clause, start - asker, lexicon) : null;
                // "số mấy" before a word typed without diacritics ("so may de trien khai": để) still asks a number.
                var numberedAsker = (start - asker > 0 && lexicon.NumberedMarkers.Contains(clause[start - asker - 1].Folded) && asker == 1) || ordinals is not null;
                if (start < clause.Count && (!IsFunctionWord(clause[start]) || IsUnitTypedPlain(clause, start, lexicon)) && !numberedAsker)
                {
                    var qualifier = QualifierAfter(clause, start, lexicon);
                    var unit = Unit.Of(lexicon, [clause[start].Folded], numberAfter: false, CountsAnyPeople(clause, start, lexicon),
                        clause[start].Typed == clause[start].Folded ? null : clause[start].Typed) with
                    {
                        Next = start + 1 < clause.Count && !IsFunctionWord(clause[start + 1]) ? clause[start + 1].Folded : null,
                        Reached = reached,
                    };

                    units.Add(Narrowed(unit, qualifier, measured, lexicon));

                    // A classifier standing alone ("mấy câu xin", "mấy chữ luôn") that the text may leave out ("4 xin, 4 luôn"):
                    // the word after it is counted too.
                    if (ClassifiedNoun(clause, start, lexicon) is { } noun)
                    {
                        units.Add(Unit.Of(lexicon, [noun.Folded], numberAfter: false, typedHead: noun.Typed == noun.Folded ? null : noun.Typed) with { Reached = reached, Adjacent = true });
                    }

                    // The whole word too when it has other names ("cây số" ← "km") or is a counter of a class ("gia đình" ← "hộ").
                    var word = start + 1 < clause.Count ? clause[start].Folded + " " + clause[start + 1].Folded : null;
                    if (word is not null && (lexicon.SynonymsOf(word).Count > 0 || lexicon.UnitClasses.Any(c => c.Any(p => p.Key == word))))
                    {
                        units.Add(Narrowed(Unit.Of(lexicon, [clause[start].Folded, clause[start + 1].Folded], numberAfter: false) with { Reached = reached }, qualifier, measured, lexicon));
                    }

                    // And a longer word the lexicon has other names for ("cách làm hay" ← "mô hình", "người có tiếng nói").
                    var otherNamed = LexiconMatcher.LongestAt(clause, start, lexicon.SynonymPhrases);
                    if (otherNamed > 2)
                    {
                        units.Add(Narrowed(Unit.Of(lexicon, clause.Skip(start).Take(otherNamed).Select(t => t.Folded).ToArray(), numberAfter: false) with { Reached = reached }, qualifier, measured, lexicon));
                    }

                    continue;
                }

                // "số mấy", "lần thứ mấy": a number or numeral right after "số"/"thứ" ("Kế hoạch số 05", "lần thứ XX"), or
                // after what is numbered ("chỉ thị số mấy" ← "Chỉ thị 18/2000/CT-TTg").
                if (ordinals is not null)
                {
                    units.AddRange(ordinals.Select(o => Unit.Of(lexicon, o.Folded, numberAfter: true) with { Numbered = true, Class = null, MaxAfter = 1 }));
                    continue;
                }

                if (numberedAsker)
                {
                    var numbered = start - asker - 1;
                    units.Add(Unit.Of(lexicon, [clause[numbered].Folded], numberAfter: true) with { Numbered = true });

                    // "cái nghị định về dân chủ trong doanh nghiệp, số mấy": the document named before, its number
                    // right after its type or after "số" ("Nghị định 60/CP").
                    if (LastDocumentType([.. earlier, .. clause.Take(numbered)], lexicon) is { } document)
                    {
                        units.Add(Unit.Of(lexicon, document, numberAfter: true) with { Numbered = true, MaxAfter = 2 });
                    }

                    var head = numbered;
                    while (head > 0 && numbered - head < 2 && !IsFunctionWord(clause[head - 1]))
                    {
                        head--;
                    }

                    if (head < numbered)
                    {
                        units.Add(Unit.Of(lexicon, clause.Skip(head).Take(numbered - head).Select(t => t.Folded).ToArray(), numberAfter: true) with { Numbered = true });
                    }

                    continue;
                }

                // "số người dự lớp … là bao nhiêu": what "số" is the number of.
                if (CountNamedBefore(clause, start - asker, lexicon) is { } named)
                {
                    units.Add(named);
                    continue;
                }

                // Before it, past function words and a place ("dân số tỉnh Đắk Nông là bao nhiêu"): the number follows what it measures.
                var end = start - asker;
                var place = PlaceMask(clause, lexicon);
                while (end > 0 && (IsFunctionWord(clause[end - 1]) || place[end - 1]))
                {
                    end--;
                }

                var first = end;
                while (first > 0 && end - first < 2 && !IsFunctionWord(clause[first - 1]) && !place[first - 1])
                {
                    first--;
                }

                // "tỷ lệ giải quyết đơn thư … là bao nhiêu": a rate that is a percentage is met by one of what it measures, not
                // by any number after the words before the asker ("… ở Bình Phước là bao nhiêu").
                var rate = AsksPercentRate(question, lexicon);
                // The number follows it ("dân số 1,2 triệu") or counts it ("trên 97% đơn thư", "1.015 cuộc tiếp xúc, đối thoại").
                if (first < end && !rate)
                {
                    var before = clause.Skip(first).Take(end - first).Select(t => t.Folded).ToArray();
                    units.Add(Unit.Of(lexicon, before, numberAfter: true) with { Measured = measured });
                    units.Add(Unit.Of(lexicon, before, numberAfter: false) with { Measured = measured });
                }

                if (rate)
                {
                    units.Add(Narrowed(Unit.Of(lexicon, Tokenizer.Tokenize(lexicon.PercentWord).ToArray(), numberAfter: false) with { Reached = reached }, [], measured, lexicon));
                }
            }

            earlier.AddRange(clause);
        }

        return units;
    }

    // The set of ordinal words one of which ends right before the asker ("đại hội đảng bộ tỉnh khóa mấy"), or null.
    private static IReadOnlyList<LexiconPhrase>? OrdinalsBefore(List<QueryToken> clause, int asker, QuestionLexicon lexicon) =>
        lexicon.Ordinals.FirstOrDefault(set => set.Any(o => asker - o.Length >= 0 && o.StartsAt(clause, asker - o.Length)));

    // The folded syllables of the last type of document named in the tokens ("nghị định"), or null.
    private static string[]? LastDocumentType(List<QueryToken> tokens, QuestionLexicon lexicon) =>
        LexiconMatcher.Find(tokens, lexicon.DocumentTypes).Select(d => tokens.Skip(d.At).Take(d.Length).Select(t => t.Folded).ToArray()).LastOrDefault();

    /// <summary>
    /// What a count counts; <see cref="NumberAfter"/> when the number must follow it ("dân số 1,2 triệu");
    /// <see cref="CountsPeople"/> when it is a word for people, so that any other word for people will do;
    /// <see cref="OtherNames"/> its other names ("km" for "cây số"), as syllables; <see cref="Class"/> the counters that
    /// count the same things ("lần" ← "1.015 cuộc"), when it is one of them.
    /// </summary>
    private sealed record Unit(string[] Syllables, bool NumberAfter, bool CountsPeople, string? TypedHead, string[][] OtherNames, bool IsPercent, bool IsDay)
    {
        /// <summary>True for a word for people the materials never write, read as one ("học trò"): its own syllables are not asked words.</summary>
        public bool ReadAsPeople { get; init; }

        public IReadOnlyList<LexiconPhrase>? Class { get; init; }

        /// <summary>How far after the unit its number may stand, when it follows: a document's or an ordinal's number stands right after it.</summary>
        public int MaxAfter { get; init; } = CountAfter;

        /// <summary>What narrows the count, as folded words ("cong giao" of "tín đồ Công giáo"); empty when nothing does.</summary>
        public string[] Qualifier { get; init; } = [];

        /// <summary>What the number measures, as folded words ("giai quyet don" of "tỷ lệ giải quyết đơn thư …"); empty when the question does not say.</summary>
        public string[] Measured { get; init; } = [];

        /// <summary>The level a rate asks of what it measures, as folded words ("loai gioi" of "tỷ lệ học viên đạt loại giỏi"); empty when it asks none.</summary>
        public string[] Reached { get; init; } = [];

        /// <summary>The question's syllable right after the unit's ("vien" of "bao nhiêu giáo viên"), when it is no function word.</summary>
        public string? Next { get; init; }

        /// <summary>True when the number must stand right before the unit ("4 xin" for the noun after a classifier left out).</summary>
        public bool Adjacent { get; init; }

        /// <summary>True when the number names something ("Kế hoạch số 05"), not how many.</summary>
        public bool Numbered { get; init; }

        /// <summary>True for a percentage of people ("phần trăm học viên"): any word for people stands for them.</summary>
        public bool ShareOfPeople { get; init; }

        public static Unit Of(QuestionLexicon lexicon, string[] syllables, bool numberAfter, bool countsPeople = false, string? typedHead = null)
        {
            var key = string.Join(' ', syllables);
            var percent = string.Join(' ', Tokenizer.Tokenize(lexicon.PercentWord));
            return new Unit(syllables, numberAfter, countsPeople, typedHead, lexicon.SynonymsOf(key).Select(o => o.Split(' ')).ToArray(),
                IsPercent: percent.Length > 0 && percent.StartsWith(syllables[0], StringComparison.Ordinal),
                IsDay: lexicon.Kinds.TryGetValue("day", out var day) && day.Any(p => p.Folded[0] == key))
            {
                Class = lexicon.UnitClasses.FirstOrDefault(c => c.Any(p => p.Key == key && (typedHead is null || string.Equals(p.Written[0], typedHead, StringComparison.OrdinalIgnoreCase)))),
            };
        }
    }
}
