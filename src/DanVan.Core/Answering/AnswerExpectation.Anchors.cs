using System.Text.RegularExpressions;
using DanVan.Core.Lexicon;
using DanVan.Core.Text;

namespace DanVan.Core.Answering;

// What the asked fact hangs on: the event a date belongs to, a regulation's article, the year a sentence tells of,
// a venue or a district.
public sealed partial class AnswerExpectation
{
    // "thuộc huyện nào", "ở xã nào", "mở ở thành phố nào": a district, commune or town of that kind named ("huyện Hướng
    // Hóa", "thành phố Đông Hà"). Typed with diacritics the word must be that one.
    private static List<Regex> AskedLocalities(List<QueryToken> tokens, QuestionLexicon lexicon) =>
        lexicon.Patterns.Localities.Where(l => Enumerable.Range(0, tokens.Count).Any(i => IsLocalityAsked(tokens, i, l.Key.Split(' '), l.Value.Word.Split(' '), lexicon)))
            .Select(l => l.Value.Pattern).ToList();

    private static bool IsLocalityAsked(List<QueryToken> tokens, int at, string[] folded, string[] written, QuestionLexicon lexicon) =>
        at + folded.Length < tokens.Count && lexicon.WhichWords.Contains(tokens[at + folded.Length].Folded)
        && folded.Select((syllable, k) => tokens[at + k].Folded == syllable && (tokens[at + k].Typed == tokens[at + k].Folded || tokens[at + k].Typed == written[k])).All(held => held);

    /// <summary>
    /// True when the fields (indexed tokens of a sentence, its neighbours and its document's context) hold a word the
    /// asked fact hangs on, or the question ties it to none. "Ban Dân vận Trung ương được thành lập năm nào?" is not
    /// answered by a sentence with a year that says nothing of a founding.
    /// </summary>
    public bool HoldsFocus(params IReadOnlyList<string>[] fields) => HoldsFocusIn([], fields);

    /// <summary>
    /// <see cref="HoldsFocus"/>, where the <paramref name="sentences"/> as written may also date a document by the year
    /// in its name ("Luật Tín ngưỡng, tôn giáo năm 2016", <see cref="DocumentYears"/>): the year it was issued in, when it is
    /// of a kind the question names, if it names one (a law's year does not date a regulation, "quy chế").
    /// </summary>
    public bool HoldsFocusIn(IReadOnlyList<string> sentences, params IReadOnlyList<string>[] fields)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(fields);
        return HoldsTimeEvent(fields) && (_focus.Count == 0 || _focus.Any(focus => LooseFocus.Contains(focus) ||
            _lexicon.SynonymsOf(string.Join(' ', focus)).Select(s => s.Split(' ')).Append(focus).Any(words => fields.Any(f => TokenSequence.Contains(f, words)))
            || (IsIssuingAct(focus) && (fields.Any(DatesDocument) || sentences.Any(s => DocumentYears.Find(s, _lexicon).Any(y => AskedDocumentTypes.Count == 0 || AskedDocumentTypes.Contains(y.Type)))))));
    }

    private bool IsIssuingAct(string[] focus) =>
        _lexicon.IssuingActs.Any(a => a.Folded.SequenceEqual(focus));

    // A document named by its kind and number, then dated within a few words ("Quy chế số 05-QC/ĐU ngày 20/6/2018"):
    // the date it was issued.
    private bool DatesDocument(IReadOnlyList<string> field)
    {
        var tokens = field.Select(f => new QueryToken(f, f)).ToList();
        foreach (var (at, length) in LexiconMatcher.Find(tokens, _lexicon.DocumentTypes))
        {
            var end = Math.Min(tokens.Count - 1, at + length + MaxCodeWords);
            for (var i = at + length + 1; i < end; i++)
            {
                if (LexiconMatcher.LongestAt(tokens, i, _lexicon.TimeUnits) == 1 && char.IsDigit(field[i + 1][0]) && field.Skip(at + length).Take(i - at - length).Any(w => char.IsDigit(w[0])))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>How many words a document's number and code may take between its kind and its date ("số 05 qc đu ngày").</summary>
    private const int MaxCodeWords = 6;

    // The word the asked fact hangs on: the content word right before the asker, past words that say nothing of it
    // ("trong vòng", "với nhau"), or the whole phrase of the lexicon ending there ("ngồi lại với nhau bao lâu" hangs on
    // the meeting, read through its synonyms); none when that is a function word or an event of the course itself
    // (whose dated sentences all answer), nor a province's name.
    private static string[]? FocusBefore(List<QueryToken> clause, int asker, QuestionLexicon lexicon)
    {
        var i = asker - 1;
        while (i >= 0 && PhraseEndingAt(clause, i, lexicon) is null && lexicon.FocusGap.Contains(clause[i].Folded))
        {
            i--;
        }

        // Words that say whom a course is for ("mở lớp nghiệp vụ cho cán bộ dân vận hôm nào"): the date asked is the course's own.
        if (i >= 0 && ComplementsCourse(clause, i, lexicon))
        {
            return null;
        }

        if (i >= 0 && PhraseEndingAt(clause, i, lexicon) is { } phrase)
        {
            return phrase;
        }

        // A province's name is what the names check holds, not what the fact hangs on ("lớp ở Cà Mau hôm nào").
        if (i < 0 || IsAnchorless(clause[i]) || lexicon.CourseEventKeys.Contains(clause[i].Folded) || Provinces.InNames(clause.Select(t => t.Folded).ToList())[i])
        {
            return null;
        }

        // An act of one word that dates a document ("văn bản cũ ký hôm nào") is the focus alone, not with the word before it.
        if (i > 0 && !IsAnchorless(clause[i - 1]) && !lexicon.FocusGap.Contains(clause[i - 1].Folded) && !lexicon.IssuingActs.Any(a => a.Length == 1 && a.StartsAt(clause, i)))
        {
            var pair = clause[i - 1].Folded + " " + clause[i].Folded;
            return lexicon.CourseEventKeys.Contains(pair) || lexicon.CourseEventKeys.Contains(clause[i - 1].Folded) ? null : [clause[i - 1].Folded, clause[i].Folded];
        }

        return [clause[i].Folded];
    }

    // The content words ending at word i follow a word that introduces a course's participants (participants.markers:
    // "cho", "dành cho") after an event of the course itself; "bị hoãn" (after "bị") stays an act.
    private static bool ComplementsCourse(List<QueryToken> clause, int i, QuestionLexicon lexicon)
    {
        var link = i;
        while (link >= 0 && !IsAnchorless(clause[link]))
        {
            link--;
        }

        return link > 0 && link < i && lexicon.ParticipantMarkers.Any(m => link + 1 - m.Length >= 0 && m.StartsAt(clause, link + 1 - m.Length))
            && Enumerable.Range(0, link).Any(k => lexicon.CourseEventKeys.Contains(clause[k].Folded));
    }

    // The act a reason is asked of: the clause's last two words when the asker opens it ("vì sao lớp học bị hủy" hangs on
    // "bị hủy"; function words at the end left out), else the words before the asker ("lớp học bị hủy là vì sao").
    private static string[]? ReasonFocus(List<QueryToken> clause, int asker, int length, QuestionLexicon lexicon) =>
        ActAfter(clause, asker, length, lexicon) ?? FocusBefore(clause, asker, lexicon);

    // The clause's last two words after the asker, function words at the end left out; none when fewer are left. When
    // they end with a phrase the lexicon knows other words for ("học vừa trực tiếp vừa online": online, trực tuyến),
    // that phrase, read through them.
    private static string[]? ActAfter(List<QueryToken> clause, int asker, int length, QuestionLexicon lexicon)
    {
        var end = clause.Count;
        while (end > asker + length && IsFunctionWord(clause[end - 1]))
        {
            end--;
        }

        if (end - (asker + length) < 2)
        {
            return null;
        }

        var known = Enumerable.Range(asker + length, end - asker - length)
            .FirstOrDefault(start => LexiconMatcher.LongestAt(clause, start, lexicon.SynonymPhrases) == end - start && !IsFunctionWord(clause[start]), -1);
        return known >= 0 && end - known <= 2 ? clause.Skip(known).Take(end - known).Select(t => t.Folded).ToArray()
            : [clause[end - 2].Folded, clause[end - 1].Folded];
    }

    // A function word anchors nothing; nor does a syllable typed without diacritics that may be one written with them
    // ("truoc ngay nao" is "trước ngày nào", as typed with them): the question typed either way hangs on the same word.
    private static bool IsAnchorless(QueryToken token) =>
        IsFunctionWord(token) || (token.Typed == token.Folded && StopWords.MayBeStopWord(token.Folded));

    // The longest phrase of several words the lexicon knows (a synonym) that ends at word i, when it holds a content word
    // that is no frame and is not an event of the course itself. A syllable of a province's name is no syllable of such a
    // phrase ("ha nam roi vao hom nao": Hà Nam, then rơi; not "năm rồi").
    private static string[]? PhraseEndingAt(List<QueryToken> clause, int i, QuestionLexicon lexicon)
    {
        bool[]? names = null;
        for (var start = Math.Max(0, i - 5); start < i; start++)
        {
            if (LexiconMatcher.LongestAt(clause, start, lexicon.SynonymPhrases) == i - start + 1)
            {
                names ??= Provinces.InNames(clause);
                if (names.Skip(start).Take(i - start + 1).Any(n => n))
                {
                    continue;
                }

                var words = clause.Skip(start).Take(i - start + 1).ToList();
                var folded = words.Select(w => w.Folded).ToArray();
                return words.Any(w => !IsFunctionWord(w) && !lexicon.FocusGap.Contains(w.Folded)) && !lexicon.CourseEventKeys.Contains(string.Join(' ', folded))
                    && !folded.Any(lexicon.CourseEventKeys.Contains) ? folded : null;
            }
        }

        return null;
    }

    // "tổ chức ở hội trường nào", "học tại trường nào", "ở phòng nào": a venue, unless it is a province, district or commune asked.
    private static bool AsksVenue(List<string> folded, QuestionLexicon lexicon)
    {
        for (var i = 0; i + 2 < folded.Count; i++)
        {
            var which = lexicon.WhichWords.Contains(folded[i + 2]) ? i + 2 : i + 3 < folded.Count && lexicon.WhichWords.Contains(folded[i + 3]) ? i + 3 : -1;
            if (lexicon.VenueAskers.Contains(folded[i]) && which > 0 && !lexicon.VenueNotPlaces.Contains(folded[i + 1]))
            {
                return true;
            }
        }

        return false;
    }

    // The whole areas a count is asked over ("cả nước có bao nhiêu …"), as groups of the lexicon's "wholeAreas".
    private IReadOnlyList<IReadOnlyList<LexiconPhrase>> CountedOver { get; init; } = [];

    // The districts or communes a count is asked of ("huyện Hướng Hóa có bao nhiêu mô hình").
    private IReadOnlyList<string[]> CountedIn { get; set; } = [];

    /// <summary>
    /// This expectation with the districts or communes a count is asked of that the question names in lower case or
    /// without diacritics ("huyen huong hoa co bao nhieu mo hinh"): read by <see cref="NamedMentions"/>, which sees the
    /// material, they scope the count as the capitalised name does.
    /// </summary>
    public AnswerExpectation WithCountedIn(IReadOnlyList<string[]> localities)
    {
        ArgumentNullException.ThrowIfNull(localities);
        var added = _kinds.Contains(Expected.Count) ? localities.Where(l => l.Length > 0 && !CountedIn.Any(c => c.SequenceEqual(l))).ToList() : [];
        if (added.Count == 0)
        {
            return this;
        }

        var copy = (AnswerExpectation)MemberwiseClone();
        copy.CountedIn = [.. CountedIn, .. added];
        return copy;
    }

    /// <summary>
    /// True unless a count is asked over a whole area ("cả nước") and the sentence counts over another ("toàn tỉnh"), or a
    /// count is asked of a district or commune and the sentence holding the number counts over
    /// a whole area ("toàn tỉnh", "cả nước") without naming it, nor does its document's context (title, section): the
    /// province's total does not count one district's models, though the next sentence names the district. A document
    /// about that commune (its regulation) names it in its title.
    /// </summary>
    public bool HoldsCountScope(string sentence, IReadOnlyList<string> context)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(context);
        var tokens = Tokenizer.TokenizeWritten(sentence);
        if (CountedOver.Count > 0 && _lexicon.WholeAreas.Where(g => _lexicon.FindCues(tokens, g).Any()).ToList() is { Count: > 0 } stated && !stated.Intersect(CountedOver).Any())
        {
            return false;
        }

        if (CountedIn.Count == 0)
        {
            return true;
        }

        var folded = tokens.Select(t => t.Folded).ToList();
        return CountedIn.All(name => TokenSequence.Contains(folded, name) || TokenSequence.Contains(context, name))
            || !LexiconMatcher.Find(tokens, _lexicon.MeasurePlaces).Any(p => p.Length > 1);
    }

    /// <summary>
    /// True when the question names no article of a regulation ("Điều 5", "Đ7"), or <paramref name="text"/> (a passage's
    /// section and text) holds one it names. A question about Điều 12 of a regulation of ten articles is not answered
    /// by Điều 10.
    /// </summary>
    public bool HoldsArticle(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return _articles.Count == 0 || _lexicon.Patterns.Article.Matches(text).Any(m => _articles.Contains(m.Groups["n"].Value.TrimStart('0')));
    }

    /// <summary>
    /// True when the question names a year and these sentences (one, or one with its neighbours) tell another's facts:
    /// one of them opens with another year ("Kết quả, năm 2016, toàn tỉnh mở 5 lớp") and none names a year asked. They
    /// do not answer how many were opened in 2017, even in an article published in 2017. A year naming a document
    /// ("Luật Đất đai năm 2024 có hiệu lực …") is no year of the facts told.
    /// </summary>
    public bool IsAboutOtherYear(params string[] sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        return _years.Count > 0 && sentences.Any(s => DatePatterns.OpeningYear().IsMatch(DocumentYears.Without(s, _lexicon)))
            && !sentences.Any(s => _years.Any(y => s.Contains(y, StringComparison.Ordinal)));
    }
}
