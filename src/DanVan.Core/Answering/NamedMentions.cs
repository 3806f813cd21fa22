using System.Globalization;
using System.Text.RegularExpressions;
using DanVan.Core.Lexicon;
using DanVan.Core.Retrieval;
using DanVan.Core.Text;

namespace DanVan.Core.Answering;

/// <summary>
/// What a question names — a document by code or number ("25-NQ/TW", "Chỉ thị 18", "Nghị định 60/CP"), a year, a
/// province, a district or commune, a person — each of which the supporting passage or its document must name too. A question about a
/// decree the materials never mention is not answered by a passage about another one, whatever else it shares; nor is
/// one naming a topic of another field ("thời tiết", "bóng đá": <see cref="QuestionLexicon.OtherFields"/>) by a passage
/// of a document that never speaks of it.
/// </summary>
public sealed partial class NamedMentions
{
    private readonly IReadOnlyList<Mention> _mentions;

    private NamedMentions(IReadOnlyList<Mention> mentions) => _mentions = mentions;

    /// <summary>True when the question names nothing that must be matched.</summary>
    public bool IsEmpty => _mentions.Count == 0;

    /// <summary>
    /// Everything the question (as searched: <paramref name="query"/>) names; names typed in lower case or without
    /// diacritics too: as <paramref name="material"/> (the retrieved passages' text) writes them capitalised, or, where
    /// no capital marks a name, after a kind of locality, body or title when the words are no ordinary ones.
    /// </summary>
    /// <param name="vocabulary">The index's, to tell a topic of another field typed without diacritics from words of the materials that fold alike.</param>
    public static NamedMentions Of(string question, SearchQuery query, QuestionLexicon lexicon, IReadOnlyList<string>? material = null, Vocabulary? vocabulary = null)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(lexicon);
        var mentions = new List<Mention>();
        mentions.AddRange(query.Years.Select(y => new Mention(y, [[y]])));
        mentions.AddRange(query.Provinces.Select(p => new Mention(p, [Provinces.FoldedTokens(p).ToArray()])));

        var text = QueryBuilder.WithoutSetAside(question);
        foreach (var code in lexicon.Patterns.DocumentCode.Matches(text).Select(m => m.Value))
        {
            mentions.Add(new Mention(code.Replace(" ", string.Empty, StringComparison.Ordinal), [Tokenizer.Tokenize(code).ToArray()]));
        }

        // A kind of document and its number: "Chỉ thị 18", "nghị định số 60".
        var tokens = Tokenizer.TokenizeTyped(text);
        foreach (var (at, length) in LexiconMatcher.Find(tokens, lexicon.DocumentTypes))
        {
            var number = at + length;
            var marked = number < tokens.Count && lexicon.NumberedMarkers.Contains(tokens[number].Folded) ? number + 1 : number;
            if (marked < tokens.Count && tokens[marked].Folded.All(char.IsDigit) && !OpensQuotation(text, tokens, at, marked))
            {
                var kind = tokens.Skip(at).Take(length).Select(t => t.Folded).ToArray();
                var label = string.Join(' ', tokens.Skip(at).Take(length).Select(t => t.Typed)) + " " + tokens[marked].Typed;
                var marker = lexicon.NumberedMarkers.Select(m => (string[])[.. kind, m, tokens[marked].Folded]);
                mentions.Add(new Mention(Capitalised(label), [[.. kind, tokens[marked].Folded], .. marker]));
            }
        }

        AddOrdinals(tokens, lexicon, mentions);

        // A district, commune or town by its name ("huyện Lộc Ninh"): the materials may write the name alone.
        // Where a locality, body or document is named: a person's name never runs into one ("Truong Ban Dan van":
        // Trưởng Ban Dân vận folds like the family name Trương, but "Ban Dan van" is a body).
        var named = new List<(int Start, int End)>();
        foreach (var match in lexicon.Patterns.NamedLocality.Matches(text).Cast<Match>())
        {
            named.Add((match.Index, match.Index + match.Length));
            var locality = match.Groups["name"].Value;
            var folded = Tokenizer.Tokenize(locality).ToArray();
            if (Provinces.Mentioned(folded.ToList()).Count == 0 && !mentions.Any(m => m.Alternatives.Any(a => a.SequenceEqual(folded))))
            {
                mentions.Add(new Mention(locality, [folded]) { IsLocality = true });
            }
        }

        // A body by its name ("Ban Tuyên giáo Trung ương", "Sở Nội vụ") or a document by its title ("Luật Thực hiện dân chủ"):
        // a passage about another body's officers, or a document that never names that law, does not answer.
        foreach (var match in lexicon.Patterns.NamedBody.Matches(text).Concat(lexicon.Patterns.NamedDocument.Matches(text)))
        {
            named.Add((match.Index, match.Index + match.Length));
            var body = match.Value;
            var folded = Tokenizer.Tokenize(body).ToArray();
            if (!mentions.Any(m => m.Alternatives.Any(a => a.SequenceEqual(folded))))
            {
                mentions.Add(new Mention(body, [folded]));
            }
        }

        var untyped = AmbiguousSyllables.TypedWithoutDiacritics(tokens);
        mentions.AddRange(QueryBuilder.ClauseBreak().Split(text).SelectMany(clause => OtherFields(Tokenizer.TokenizeTyped(clause), untyped, lexicon, vocabulary)));

        foreach (var match in lexicon.Patterns.QuestionName.Matches(text).Cast<Match>().Where(m => !named.Any(n => n.Start < m.Index + m.Length && m.Index < n.End)))
        {
            var name = match.Value;
            // A full name (family name and two more syllables) that is not a place: "Hà Nam", "Ninh Bình" are provinces.
            var folded = Tokenizer.Tokenize(name).ToArray();
            if (folded.Length >= 3 && Provinces.Mentioned(folded.ToList()).Count == 0 && !mentions.Any(m => m.Alternatives.Any(a => a.SequenceEqual(folded))))
            {
                mentions.Add(new Mention(name, [folded]));
            }
        }

        AddDates(text, lexicon, mentions);
        if (vocabulary is { PassageCount: > 1 })
        {
            AddUnwrittenNames(text, material, lexicon, vocabulary, mentions);
        }

        // The names the material writes first: where it writes a one-syllable name after the kind ("thành phố Vinh"),
        // the words typed after it are no longer name ("thanh pho vinh co day": có).
        if (material is not null)
        {
            AddNamesTypedInLowerCase(text, material, lexicon, mentions);
        }

        AddUncapitalisedNames(text, material, lexicon, vocabulary, mentions);

        return new NamedMentions(mentions);
    }

    // A numbered one of a series ("đợt 3", "khóa 5", "lần thứ 4", "lớp thứ 2": a word of the lexicon's numbered nouns, a
    // marker perhaps, then a number of at most two digits): the document must write that noun with that number, with or
    // without a marker; a question about a third round the materials never hold is about something else.
    private static void AddOrdinals(List<QueryToken> tokens, QuestionLexicon lexicon, List<Mention> mentions)
    {
        // An article, clause or point ("Điều 5", "khoản 2") is looked for within its regulation (AskedParts), not here.
        var (article, clause, point) = lexicon.ArticlePartNames;
        var articleParts = new[] { article, clause, point }.Select(VietnameseText.Fold).ToHashSet(StringComparer.Ordinal);
        foreach (var (at, length) in LexiconMatcher.Find(tokens, lexicon.Form.Numbered))
        {
            var noun = tokens.Skip(at).Take(length).Select(t => t.Folded).ToArray();
            var number = at + length;
            var marked = number < tokens.Count && lexicon.NumberedMarkers.Contains(tokens[number].Folded) ? number + 1 : number;
            if ((noun.Length == 1 && (lexicon.NumberedMarkers.Contains(noun[0]) || articleParts.Contains(noun[0]))) || marked >= tokens.Count
                || tokens[marked].Folded.Length > 2 || !tokens[marked].Folded.All(char.IsDigit))
            {
                continue;
            }

            var digits = tokens[marked].Folded.TrimStart('0');
            var alternatives = (digits.Length == 0 ? [] : new[] { digits, Roman(int.Parse(digits, CultureInfo.InvariantCulture)) })
                .SelectMany(n => lexicon.NumberedMarkers.Select(m => (string[])[.. noun, m, n]).Prepend([.. noun, n])).ToList();
            if (digits.Length > 0 && !mentions.Any(m => m.Alternatives.Any(a => alternatives.Any(a.SequenceEqual))))
            {
                var label = string.Join(' ', tokens.Skip(at).Take(marked + 1 - at).Select(t => t.Typed));
                mentions.Add(new Mention(label, alternatives));
            }
        }
    }

    // A number as a Roman numeral, folded ("khu vực II": ii).
    private static string Roman(int number)
    {
        var roman = new System.Text.StringBuilder();
        foreach (var (value, symbol) in RomanNumerals)
        {
            for (; number >= value; number -= value)
            {
                roman.Append(symbol);
            }
        }

        return roman.ToString();
    }

    private static readonly (int Value, string Symbol)[] RomanNumerals =
        [(90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")];

    // A day of a month ("20/11", "30/4", a full date's "20/6/2018", whose year is grounded as a year; not "5/2023", a
    // month of a year): the document must write it, as "20/11", "20/11/2023", "20 tháng 11" (a unit of time between) or
    // with leading zeros; a question about a day the materials never date is about something else.
    private static void AddDates(string text, QuestionLexicon lexicon, List<Mention> mentions)
    {
        var units = lexicon.TimeUnits.Where(u => u.Length == 1).Select(u => u.Folded[0]).ToList();
        foreach (Match match in DayOfMonth().Matches(text))
        {
            var (day, month) = (int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture));
            if (day is < 1 or > 31 || month is < 1 or > 12)
            {
                continue;
            }

            string[] days = [.. new[] { day.ToString(CultureInfo.InvariantCulture), day.ToString("00", CultureInfo.InvariantCulture) }.Distinct()];
            string[] months = [.. new[] { month.ToString(CultureInfo.InvariantCulture), month.ToString("00", CultureInfo.InvariantCulture) }.Distinct()];
            var alternatives = days.SelectMany(d => months.Select(m => (string[])[d, m])).ToList();
            if (!mentions.Any(m => m.Alternatives.Any(a => alternatives.Any(a.SequenceEqual))))
            {
                mentions.Add(new Mention($"{day}/{month}", alternatives) { Holds = field => HoldsDay(field, days, months, units) });
            }
        }

        // A month of a year ("3/2013", "12-2016"; not the end of a full date, which its day and year ground, nor a
        // document's number): the document must write that month of that year, as "3/2013", "27/3/2013", "tháng 3 năm
        // 2013" (one word between).
        foreach (Match match in DatePatterns.MonthOfYear().Matches(text))
        {
            var (month, year) = (int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture), match.Groups["y"].Value);
            var before = Tokenizer.TokenizeTyped(text[..match.Index]);
            if (month is < 1 or > 12 || (before.Count > 0 && lexicon.NumberedMarkers.Contains(before[^1].Folded))
                || QuestionLexicon.EndsAt(before, before.Count, lexicon.DocumentTypes))
            {
                // A document's number and year ("Quyết định số 05/2013"), not a month.
                continue;
            }

            string[] months = [.. new[] { month.ToString(CultureInfo.InvariantCulture), month.ToString("00", CultureInfo.InvariantCulture) }.Distinct()];
            var alternatives = months.Select(m => (string[])[m, year]).ToList();
            if (!mentions.Any(m => m.Alternatives.Any(a => alternatives.Any(a.SequenceEqual))))
            {
                mentions.Add(new Mention($"{month}/{year}", alternatives) { Holds = field => HoldsMonth(field, months, year) });
            }
        }
    }

    // The month, then its year with at most one word between: "3/2013", "tháng 3 năm 2013".
    private static bool HoldsMonth(IReadOnlyList<string> field, string[] months, string year)
    {
        for (var i = 0; i + 2 < field.Count; i++)
        {
            if (months.Contains(field[i]) && field[i + 2] == year && !field[i + 1].All(char.IsDigit))
            {
                return true;
            }
        }

        return false;
    }


    // The day, then within a few words its month, with at most one word between that is no number or unit of time: "1/11",
    // "20 tháng 11", "20 – 22/10", "từ ngày 1 đến ngày 3/11".
    private static bool HoldsDay(IReadOnlyList<string> field, string[] days, string[] months, List<string> units)
    {
        for (var i = 0; i < field.Count; i++)
        {
            if (!days.Contains(field[i]))
            {
                continue;
            }

            var words = 0;
            for (var j = i + 1; j < field.Count && j <= i + MaxDaySpan && words <= 1; j++)
            {
                if (months.Contains(field[j]))
                {
                    return true;
                }

                words += field[j].All(char.IsDigit) || units.Contains(field[j]) ? 0 : 1;
            }
        }

        return false;
    }

    /// <summary>How many words after a day its month may stand ("từ ngày 1 đến ngày 3/11": four).</summary>
    private const int MaxDaySpan = 5;

    [GeneratedRegex(@"(?<![\d/.,-])(?<day>\d{1,2})\s*/\s*(?<month>\d{1,2})(?:\s*/\s*(?:19|20)\d{2})?(?![\d/]|\s*/\s*\d|[.,]\d)")]
    private static partial Regex DayOfMonth();

    // A name the question capitalises mid-sentence ("hội Lim", "APEC", "đạo Cao Đài") that the index never writes
    // (typed or folded: the syllable, or every pair of a longer name), the lexicon does not know and that is no province
    // (another check) nor a short form: an all-capital word counts as written when the abbreviations read it or a run
    // of the retrieved material's words spells it ("BDVTU": Ban Dân vận Tỉnh ủy). The word opening a sentence is
    // capitalised by custom, not as a name, and is left out.
    private static void AddUnwrittenNames(string text, IReadOnlyList<string>? material, QuestionLexicon lexicon, Vocabulary vocabulary, List<Mention> mentions)
    {
        List<List<string>>? initials = null;
        foreach (Match run in CapitalisedRun().Matches(text))
        {
            var words = run.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
            var whole = Tokenizer.Tokenize(run.Value).ToArray();
            if (OpensSentence(text, run.Index))
            {
                // The opening word is left out, but the run it opens may still be a slip of a written name ("Quảng Tr năm 2023").
                words.RemoveAt(0);
                if (whole.Length > 1 && (IsWritten(whole, vocabulary) || WrittenWithOneSlip(whole, vocabulary)))
                {
                    continue;
                }
            }

            var typed = Tokenizer.TokenizeTyped(string.Join(' ', words));
            var folded = typed.Select(t => t.Folded).ToArray();
            // The slips are tried last: they look up a few hundred spellings.
            if (folded.Length == 0 || folded.All(f => f.Length < 2) || folded.Any(f => f.Any(char.IsDigit)) || IsWritten(folded, vocabulary)
                || Enumerable.Range(0, typed.Count).Any(i => IsOrdinary(typed, i, lexicon) || Abbreviations.Readings(folded, i, out _) is not null)
                || mentions.Any(m => m.Alternatives.Any(a => TokenSequence.Contains(a, folded) || TokenSequence.Contains(folded, a)))
                || WrittenWithOneSlip(folded, vocabulary))
            {
                continue;
            }

            var label = string.Join(' ', words);

            if (words.Count == 1 && label.All(c => !char.IsLetter(c) || char.IsUpper(c)))
            {
                if (folded[0].Length < MinSpelledLetters)
                {
                    continue;
                }

                initials ??= (material ?? []).Select(m => Tokenizer.Tokenize(m).Select(w => w[..1]).ToList()).ToList();
                var letters = folded[0].Select(c => c.ToString()).ToArray();
                if (initials.Any(i => TokenSequence.Contains(i, letters)))
                {
                    continue;
                }
            }

            mentions.Add(new Mention(label, [folded]));
        }
    }

    private static bool IsWritten(IReadOnlyList<string> folded, Vocabulary vocabulary) =>
        Vocabulary.Writes(vocabulary, folded) || Provinces.Mentioned(folded).Count > 0 || (folded.Count == 1 && Abbreviations.Readings(folded, 0, out _) is not null);

    // A name one slip of the fingers away from one the index writes or a province or short form ("Quảng Tr", "Ninh Bin",
    // "Thi Bình", "Đk Nông", "UBD", "Đảg"): a typo, not a name the materials never mention. A letter missing, doubled or
    // swapped in one syllable; a single syllable only with a letter missing, and only from three letters on: a short
    // word has too many neighbours ("Lim" is no slip of "làm").
    private static bool WrittenWithOneSlip(string[] folded, Vocabulary vocabulary)
    {
        for (var i = 0; i < folded.Length; i++)
        {
            if (folded.Length == 1 && folded[i].Length < MinSpelledLetters)
            {
                continue;
            }

            foreach (var slip in EditDistance.OneSlip(folded[i], insertionsOnly: folded.Length == 1))
            {
                var corrected = (string[])folded.Clone();
                corrected[i] = slip;
                if (IsWritten(corrected, vocabulary))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the question capitalises mid-sentence a name of two syllables or more that the index writes ("khóa ở Đông
    /// Hà"): it names a place or person of the materials, as a province or a year would.
    /// </summary>
    public static bool NamesWrittenName(string question, Vocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(vocabulary);
        return CapitalisedRun().Matches(question)
            .Select(run => run.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(OpensSentence(question, run.Index) ? 1 : 0))
            .Select(words => Tokenizer.Tokenize(string.Join(' ', words)))
            .Any(name => name.Count >= 2 && Vocabulary.Writes(vocabulary, name));
    }

    /// <summary>
    /// Whether the question names, typed without diacritics and capitals, a place the index writes after its kind of
    /// locality, whatever word stands before it ("ben phuoc thinh", "o phuoc thinh": the index writes "xã Phước Thịnh"):
    /// two syllables typed plain, neither a stop word, the fold of one, a province's or a word the lexicon knows, that
    /// the index writes together right after a kind of the lexicon's localities. The unaccented twin of
    /// <see cref="NamesWrittenName"/>.
    /// </summary>
    public static bool NamesWrittenLocality(string question, QuestionLexicon lexicon, Vocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(vocabulary);
        var tokens = Tokenizer.TokenizeTyped(question);
        var kinds = lexicon.Localities.Select(k => Tokenizer.Tokenize(VietnameseText.Normalize(k))).Where(k => k.Count > 0).ToList();
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            var name = tokens.Skip(i).Take(2).ToList();
            if (name.Any(t => t.Typed != t.Folded || !Syllables.IsPossible(t.Folded) || StopWords.IsStopWord(t.Folded, t.Folded) || StopWords.MayBeStopWord(t.Folded)
                    || kinds.Any(k => k.Count == 1 && k[0] == t.Folded))
                || Provinces.Mentioned(name.Select(t => t.Folded).ToList()).Count > 0 || IsOrdinary(tokens, i, lexicon) || IsOrdinary(tokens, i + 1, lexicon))
            {
                continue;
            }

            if (kinds.Any(kind => Vocabulary.Writes(vocabulary, [.. kind.TakeLast(1), name[0].Folded, name[1].Folded])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many letters a short form needs to be read as a name: two ("NA", "TT") stand for too many phrases.</summary>
    private const int MinSpelledLetters = 3;

    // Whether the text at the index opens a sentence: nothing but spaces, quotes or brackets after its start or the end of a sentence.
    private static bool OpensSentence(string text, int index)
    {
        var before = text[..index].TrimEnd(' ', '"', '“', '\'', '(', '-', '–');
        return before.Length == 0 || ".?!:;\n".Contains(before[^1], StringComparison.Ordinal);
    }

    [GeneratedRegex(@"(?<![\p{L}\d])\p{Lu}[\p{L}\d]*(?:[ ]+\p{Lu}[\p{L}\d]*)*")]
    private static partial Regex CapitalisedRun();

    // The number after a kind of document opens a quotation ("quy định “4 xin, 4 luôn”"): the kind is a verb there, and
    // the number no document's.
    private static bool OpensQuotation(string text, List<QueryToken> tokens, int at, int number)
    {
        var words = tokens.Skip(at).Take(number - at).Select(t => Regex.Escape(t.Typed));
        return Regex.IsMatch(text, string.Join(@"\W+", words) + @"\s*[“""'«]\s*" + Regex.Escape(tokens[number].Typed) + @"(?!\d)",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    // A topic of another field ("thời tiết", "căn cước"): the materials must speak of it for a passage to answer. Typed
    // with diacritics, it counts as written ("cho đất" is not "chó"); typed without, not when the index writes its folded
    // syllables together ("do la": đó là, not đô la) or one of them with the question's syllable beside it ("trong so do":
    // trong số đó; "ba con cho dat": bà con cho đất): that is likely a word of the materials, read across. Read clause
    // by clause: "người dự, học mấy hôm" typed without diacritics names no "du học".
    private static IEnumerable<Mention> OtherFields(IReadOnlyList<QueryToken> tokens, bool untyped, QuestionLexicon lexicon, Vocabulary? vocabulary)
    {
        foreach (var (at, length) in LexiconMatcher.Find(tokens, lexicon.OtherFields))
        {
            var words = tokens.Skip(at).Take(length).ToList();
            var folded = words.Select(t => t.Folded).ToArray();
            var asTyped = lexicon.OtherFields.Any(p => p.Written.SequenceEqual(words.Select(t => t.Typed)));
            var writtenTogether = vocabulary is not null && ((length > 1
                && Enumerable.Range(0, length - 1).All(k => vocabulary.Contains(IndexText.Pair(folded[k], folded[k + 1]))))
                || (at > 0 && vocabulary.Contains(IndexText.Pair(tokens[at - 1].Folded, folded[0])))
                || (at + length < tokens.Count && vocabulary.Contains(IndexText.Pair(folded[^1], tokens[at + length].Folded))));
            if (untyped ? !writtenTogether : asTyped)
            {
                yield return new Mention(string.Join(' ', words.Select(t => t.Typed)), [folded]);
            }
        }
    }

    // A district, commune or person typed in lower case or without diacritics ("huyen huong hoa", "le thanh trieu"):
    // the question's words fold like a name the material writes capitalised, after the same kind of locality ("huyện
    // Hướng Hóa") or as a full name of three syllables or more; its label is the name as the material writes it.
    private static void AddNamesTypedInLowerCase(string question, IReadOnlyList<string> material, QuestionLexicon lexicon, List<Mention> mentions)
    {
        var asked = Tokenizer.Tokenize(question);
        var localityKinds = lexicon.Localities.Select(l => Tokenizer.Tokenize(l).ToArray()).ToList();
        foreach (var text in material)
        {
            foreach (Match locality in lexicon.Patterns.NamedLocality.Matches(text))
            {
                var name = locality.Groups["name"];
                var kind = Tokenizer.Tokenize(text[locality.Index..name.Index]);
                AddLongest(name.Value, kind);
            }

            // After a short form of a locality's kind ("Tp Vinh", "TX Bình Long"): the question may write the kind out.
            foreach (Match locality in ShortKindName().Matches(text))
            {
                var name = locality.Groups["name"].Value;
                foreach (var kind in LocalityReadings(locality.Groups["kind"].Value, localityKinds))
                {
                    AddLongest(name, kind);
                }
            }

            foreach (var person in lexicon.Patterns.QuestionName.Matches(text).Select(m => m.Value))
            {
                var folded = Tokenizer.Tokenize(person).ToArray();
                if (folded.Length >= 3 && Provinces.Mentioned(folded).Count == 0)
                {
                    Add(folded, person, []);
                }
            }
        }

        // The longest start of a name the material writes after a kind that the question holds after the same kind. A
        // one-syllable name only as the material writes it whole ("Tp Vinh"), never the first syllable of a longer one
        // ("xã Phước Thịnh" names no "Phước").
        void AddLongest(string name, IReadOnlyList<string> kind)
        {
            var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var length = words.Length; length >= Math.Min(2, words.Length); length--)
            {
                var label = string.Join(' ', words.Take(length));
                if (Add(Tokenizer.Tokenize(label).ToArray(), label, kind))
                {
                    return;
                }
            }
        }

        bool Add(string[] folded, string label, IReadOnlyList<string> kind)
        {
            if (!TokenSequence.Contains(asked, [.. kind, .. folded]))
            {
                return false;
            }

            if (!mentions.Any(m => m.Alternatives.Any(a => a.SequenceEqual(folded))))
            {
                mentions.Add(new Mention(label, [folded]) { IsLocality = kind.Count > 0 });
            }

            return true;
        }
    }

    // The kinds of locality a short form reads as ("Tp": thành phố), folded; none for another short form or a word.
    private static IEnumerable<string[]> LocalityReadings(string shortForm, List<string[]> kinds)
    {
        var readings = Abbreviations.Readings([VietnameseText.Fold(shortForm).ToLowerInvariant()], 0, out var length);
        if (readings is null || length != 1)
        {
            return [];
        }

        return readings.Select(r => Tokenizer.Tokenize(r).ToArray()).Where(r => kinds.Any(k => k.SequenceEqual(r)));
    }

    // A short word of capitals (a short form, "Tp", "TX") before a capitalised name of up to three syllables.
    [GeneratedRegex(@"(?<![\w/])(?<kind>\p{Lu}[\p{Lu}\p{Ll}]{0,3})\.?\s+(?<name>\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2})(?!\w)")]
    private static partial Regex ShortKindName();

    // A name no capital marks, in a question typed all in lower case or without diacritics: a district, commune or town
    // after its kind ("huyện lộc ninh", "thi xa phuoc long", "xa son dong"), a body after its kind and before its level
    // ("ban tuyen giao tinh uy"), a person after a title ("ong tran minh khoi"); the words follow the kind a space apart
    // (a comma ends it: "các thôn, bao lâu"), and each kind is read, also one inside another's words. The material need
    // not write it: then no passage answers, and the bot says what is not mentioned. With no capital to say where a name
    // starts and ends, the words after a kind look like ordinary ones ("huyen co bao nhieu", "xa hop dinh ky", "ong la
    // truong ban"), so they are a name only on one of two kinds of evidence:
    // - spelled: the question is all in lower case, the kind is a locality's that is no other word (of two syllables,
    //   or typed with its marks: "huyện", where "huyen", "xa" may be another word), and its two words are syllables,
    //   neither a function word, a kind of locality or a province's, the first none as the index mostly writes it
    //   ("huyen co bao nhieu": có). Its label is the name as typed ("lộc ninh");
    // - unwritten: the question is typed without diacritics and the retrieved material holds none of the pairs of the
    //   kind's last word and the name's words, nor the pair the last makes with the word after it (it writes "xã hội",
    //   "giảng viên", "vai trò"); the first is no function word, none a question word ("xa do ai": ai), none is a short form or starts a phrase the lexicon
    //   knows (an act, an asker, an office, a unit, a synonym), and it is no province. Its label is the kind and the
    //   name ("xa son dong", "ban tuyen giao"), a person's name alone.
    // A name the material writes capitalised is read by AddNamesTypedInLowerCase instead.
    private static void AddUncapitalisedNames(string text, IReadOnlyList<string>? material, QuestionLexicon lexicon, Vocabulary? vocabulary, List<Mention> mentions)
    {
        var lowerCase = string.Equals(text, text.ToLowerInvariant(), StringComparison.Ordinal);
        var written = material is not null && string.Equals(text, VietnameseText.Fold(text), StringComparison.OrdinalIgnoreCase) ? WordPairs(material) : null;
        if (!lowerCase && written is null)
        {
            return;
        }

        var asked = Tokenizer.TokenizeTyped(text);
        var askedFolded = asked.Select(t => t.Folded).ToList();
        var patterns = lexicon.Patterns;
        var candidates = patterns.LowerCaseLocality.Matches(text).Select(m => (Match: m, Locality: true))
            .Concat(patterns.LowerCaseBody.Matches(text).Select(m => (Match: m, Locality: false)))
            .Concat(patterns.LowerCasePerson.Matches(text).Select(m => (Match: m, Locality: false)));
        foreach (var (match, locality) in candidates)
        {
            var name = match.Groups["name"];
            var kind = match.Groups["kind"];
            var folded = Tokenizer.Tokenize(name.Value).ToArray();
            var at = Tokenizer.TokenizeTyped(text[..name.Index]).Count;
            if (folded.Length == 0 || !TokenSequence.StartsAt(askedFolded, at, folded)
                || mentions.Any(m => m.Alternatives.Any(a => TokenSequence.Contains(a, folded) || (m.IsLocality && TokenSequence.StartsAt(folded, 0, a)))))
            {
                continue;
            }

            if (lowerCase && locality && IsSpelledName(asked, at, kind.Value, lexicon, vocabulary))
            {
                mentions.Add(new Mention(name.Value, [folded]) { IsLocality = true });
            }
            else if (written is not null && IsUnwrittenName(asked, at, folded.Length, Tokenizer.Tokenize(kind.Value), written, lexicon, vocabulary))
            {
                mentions.Add(new Mention(kind.Success ? text[match.Index..(name.Index + name.Length)] : name.Value, [folded]) { IsLocality = locality });
            }
        }
    }

    // The two words at `at`, after a kind of locality typed as written or of two syllables, spell a name (see AddUncapitalisedNames).
    private static bool IsSpelledName(List<QueryToken> asked, int at, string kind, QuestionLexicon lexicon, Vocabulary? vocabulary)
    {
        var kinds = lexicon.Localities.Select(LexiconPhrase.Of).ToList();
        var kindTokens = Tokenizer.TokenizeTyped(kind);
        if (kindTokens.Count == 1 && !kinds.Any(k => k.Length == 1 && k.Written[0] == kindTokens[0].Typed))
        {
            return false;
        }

        var name = asked.Skip(at).Take(2).ToList();
        var first = name[0].Folded;
        return name.All(t => Syllables.IsPossible(t.Folded) && !StopWords.IsStopWord(t.Typed, t.Folded) && !kinds.Any(k => k.Length == 1 && k.Folded[0] == t.Folded))
            && !(StopWords.MayBeStopWord(first) && (vocabulary is null || (vocabulary.Contains(first) && vocabulary.FunctionShare(first) > 0.5)))
            && Provinces.Mentioned(asked.Skip(at).Take(3).Select(t => t.Folded).ToList()).Count == 0;
    }

    // The words at `at`, after the kind's words, are a name the material never writes together (see AddUncapitalisedNames).
    private static bool IsUnwrittenName(List<QueryToken> asked, int at, int length, List<string> kind, HashSet<(string, string)> written, QuestionLexicon lexicon, Vocabulary? vocabulary)
    {
        var folded = asked.Skip(at).Take(length).Select(t => t.Folded).ToList();
        var askedFolded = asked.Select(t => t.Folded).ToList();
        var words = (IReadOnlyList<string>)[.. kind.TakeLast(1), .. folded];
        var next = at + length;
        // Where the whole index writes none of its pairs ("xa ky son") and none of its words folds like a stop word, a
        // one-syllable word the lexicon knows ("ký") is read as a syllable of the name, as the capitals typed would say.
        var neverWritten = vocabulary is { PassageCount: > 1 } && !folded.Any(StopWords.MayBeStopWord)
            && !words.Zip(words.Skip(1)).Any(p => vocabulary.Contains(IndexText.Pair(p.First, p.Second)));
        return !StopWords.MayBeStopWord(folded[0]) && !folded.Any(f => IsQuestionWord(f, lexicon)) && !words.Zip(words.Skip(1)).Any(written.Contains)
            && !(next < asked.Count && written.Contains((folded[^1], askedFolded[next])))
            && !Enumerable.Range(at, length).Any(i => IsOrdinary(asked, i, lexicon, neverWritten ? 2 : 1) || Abbreviations.Readings(askedFolded, i, out _) is not null)
            && Provinces.Mentioned(folded).Count == 0;
    }

    // A question word typed plain that asks a kind of fact ("ai", "gi", "nao"): no name holds it ("xa do ai cam dau").
    private static bool IsQuestionWord(string folded, QuestionLexicon lexicon) =>
        StopWords.IsStopWord(folded, folded) && lexicon.Kinds.Values.Any(cues => cues.Any(c => c.Length == 1 && c.Folded[0] == folded));

    private static HashSet<(string, string)> WordPairs(IReadOnlyList<string> material)
    {
        var written = new HashSet<(string, string)>();
        foreach (var words in material.Select(Tokenizer.Tokenize))
        {
            written.UnionWith(words.Zip(words.Skip(1)));
        }

        return written;
    }

    // A word the lexicon knows starts at the position: a phrase of at least minLength syllables, or a one-syllable word of its lists;
    // a course's act ("thôn họp", "xã tổ chức") always, as the place's predicate rather than its name.
    private static bool IsOrdinary(List<QueryToken> tokens, int at, QuestionLexicon lexicon, int minLength = 1) =>
        lexicon.CourseEvents.Contains(tokens[at].Folded)
        || (minLength <= 1 && (lexicon.WhichWords.Contains(tokens[at].Folded) || lexicon.BodyWords.Contains(tokens[at].Folded)))
        || new[]
        {
            lexicon.Words, lexicon.SynonymPhrases, lexicon.EventPhrases, lexicon.TimeAskers, lexicon.CountAskers, lexicon.ReasonAskers, lexicon.QuestionPhrases,
            lexicon.PeopleUnits, lexicon.UnitWords, lexicon.PeriodWords, lexicon.Titles, lexicon.DocumentTypes, lexicon.MeasureVerbs, lexicon.SayingVerbs,
        }.Any(phrases => LexiconMatcher.LongestAt(tokens, at, phrases) >= minLength);

    /// <summary>True when the fields (folded tokens of a passage, its document's other passages, its title and metadata) name all of it.</summary>
    public bool AllIn(IReadOnlyList<IReadOnlyList<string>> fields) => Missing(fields).Count == 0;

    /// <summary>What the fields do not name, as the question wrote it.</summary>
    public IReadOnlyList<string> Missing(IReadOnlyList<IReadOnlyList<string>> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        return _mentions.Where(m => !m.Alternatives.Any(a => fields.Any(f => TokenSequence.Contains(f, a))) && !(m.Holds is { } holds && fields.Any(holds)))
            .Select(m => m.Label).Distinct().ToList();
    }

    /// <summary>
    /// The districts, communes and towns the question names after their kind, folded: typed capitalised ("huyện Hướng
    /// Hóa"), or in lower case or without diacritics ("huyen huong hoa") as the material writes the name or as read without it.
    /// </summary>
    public IReadOnlyList<string[]> Localities => _mentions.Where(m => m.IsLocality && Provinces.Mentioned(m.Alternatives[0]).Count == 0).Select(m => m.Alternatives[0]).ToList();

    /// <summary>The labels of what the question names (for <see cref="DecisionTrace"/>).</summary>
    public override string ToString() => string.Join(", ", _mentions.Select(m => m.Label));

    private static string Capitalised(string label) => char.ToUpperInvariant(label[0]) + label[1..];

    private sealed record Mention(string Label, IReadOnlyList<string[]> Alternatives)
    {
        /// <summary>Whether a field names it otherwise than by one of its alternatives as written (a day within a span of days).</summary>
        public Func<IReadOnlyList<string>, bool>? Holds { get; init; }

        /// <summary>Whether it is a district, commune or town named after its kind.</summary>
        public bool IsLocality { get; init; }
    }
}
