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
public sealed class NamedMentions
{
    private readonly IReadOnlyList<Mention> _mentions;

    private NamedMentions(IReadOnlyList<Mention> mentions) => _mentions = mentions;

    /// <summary>True when the question names nothing that must be matched.</summary>
    public bool IsEmpty => _mentions.Count == 0;

    /// <summary>
    /// Everything the question (as searched: <paramref name="query"/>) names; names typed in lower case or without
    /// diacritics too when <paramref name="material"/> (the retrieved passages' text) writes them.
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
            if (marked < tokens.Count && tokens[marked].Folded.All(char.IsDigit))
            {
                var kind = tokens.Skip(at).Take(length).Select(t => t.Folded).ToArray();
                var label = string.Join(' ', tokens.Skip(at).Take(length).Select(t => t.Typed)) + " " + tokens[marked].Typed;
                var marker = lexicon.NumberedMarkers.Select(m => (string[])[.. kind, m, tokens[marked].Folded]);
                mentions.Add(new Mention(Capitalised(label), [[.. kind, tokens[marked].Folded], .. marker]));
            }
        }

        // A district, commune or town by its name ("huyện Lộc Ninh"): the materials may write the name alone.
        foreach (var locality in lexicon.Patterns.NamedLocality.Matches(text).Select(m => m.Groups["name"].Value))
        {
            var folded = Tokenizer.Tokenize(locality).ToArray();
            if (Provinces.Mentioned(folded.ToList()).Count == 0 && !mentions.Any(m => m.Alternatives.Any(a => a.SequenceEqual(folded))))
            {
                mentions.Add(new Mention(locality, [folded]));
            }
        }

        // A body by its name ("Ban Tuyên giáo Trung ương", "Sở Nội vụ") or a document by its title ("Luật Thực hiện dân chủ"):
        // a passage about another body's officers, or a document that never names that law, does not answer.
        foreach (var body in lexicon.Patterns.NamedBody.Matches(text).Concat(lexicon.Patterns.NamedDocument.Matches(text)).Select(m => m.Value))
        {
            var folded = Tokenizer.Tokenize(body).ToArray();
            if (!mentions.Any(m => m.Alternatives.Any(a => a.SequenceEqual(folded))))
            {
                mentions.Add(new Mention(body, [folded]));
            }
        }

        mentions.AddRange(OtherFields(tokens, lexicon, vocabulary));
        if (string.Equals(text, text.ToLowerInvariant(), StringComparison.Ordinal))
        {
            mentions.AddRange(LocalitiesInLowerCase(tokens, lexicon, vocabulary).Where(l => !mentions.Any(m => m.Alternatives.Any(a => a.SequenceEqual(l.Alternatives[0])))));
        }

        foreach (var name in lexicon.Patterns.QuestionName.Matches(text).Select(m => m.Value))
        {
            // A full name (family name and two more syllables) that is not a place: "Hà Nam", "Ninh Bình" are provinces.
            var folded = Tokenizer.Tokenize(name).ToArray();
            if (folded.Length >= 3 && Provinces.Mentioned(folded.ToList()).Count == 0 && !mentions.Any(m => m.Alternatives.Any(a => a.SequenceEqual(folded))))
            {
                mentions.Add(new Mention(name, [folded]));
            }
        }

        if (material is not null)
        {
            AddNamesTypedInLowerCase(text, material, lexicon, mentions);
            AddUnknownNamesTypedWithoutDiacritics(text, material, lexicon, mentions);
        }

        return new NamedMentions(mentions);
    }

    // A topic of another field ("thời tiết", "căn cước"): the materials must speak of it for a passage to answer. Typed
    // with diacritics, it counts as written ("cho đất" is not "chó"); typed without, not when the index writes its folded
    // syllables together ("do la": đó là, not đô la) or one of them with the question's syllable beside it ("trong so do":
    // trong số đó; "ba con cho dat": bà con cho đất): that is likely a word of the materials, read across.
    private static IEnumerable<Mention> OtherFields(IReadOnlyList<QueryToken> tokens, QuestionLexicon lexicon, Vocabulary? vocabulary)
    {
        var untyped = AmbiguousSyllables.TypedWithoutDiacritics(tokens);
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

    // A district, commune or town named in a question typed all in lower case, where no capital tells where its name
    // ends: the two syllables after a kind of locality of two syllables ("thi xa phuoc long") or of one typed as written
    // ("huyện lộc ninh"; "huyen", "xa" may be another word), when neither is a function word, a number or a
    // province's, and the first is none as the index mostly writes it ("huyen co bao nhieu": có).
    private static IEnumerable<Mention> LocalitiesInLowerCase(IReadOnlyList<QueryToken> tokens, QuestionLexicon lexicon, Vocabulary? vocabulary)
    {
        var kinds = lexicon.Localities.Select(LexiconPhrase.Of).ToList();
        for (var i = 0; i < tokens.Count; i++)
        {
            var kind = kinds.Where(k => k.StartsAt(tokens, i) && (k.Length > 1 || tokens[i].Typed == k.Written[0])).MaxBy(k => k.Length);
            if (kind is null || i + kind.Length + 2 > tokens.Count)
            {
                continue;
            }

            var name = tokens.Skip(i + kind.Length).Take(2).ToList();
            var folded = name.Select(t => t.Folded).ToArray();
            var first = name[0].Folded;
            if (name.All(t => Syllables.IsPossible(t.Folded) && !StopWords.IsStopWord(t.Typed, t.Folded) && !kinds.Any(k => k.Length == 1 && k.Folded[0] == t.Folded))
                && !(StopWords.MayBeStopWord(first) && (vocabulary is null || (vocabulary.Contains(first) && vocabulary.FunctionShare(first) > 0.5)))
                && Provinces.Mentioned(tokens.Skip(i + kind.Length).Take(3).Select(t => t.Folded).ToList()).Count == 0)
            {
                yield return new Mention(string.Join(' ', name.Select(t => t.Typed)), [folded]);
            }

            i += kind.Length - 1;
        }
    }

    // A district, commune or person typed in lower case or without diacritics ("huyen huong hoa", "le thanh trieu"):
    // the question's words fold like a name the material writes capitalised, after the same kind of locality ("huyện
    // Hướng Hóa") or as a full name of three syllables or more; its label is the name as the material writes it.
    private static void AddNamesTypedInLowerCase(string question, IReadOnlyList<string> material, QuestionLexicon lexicon, List<Mention> mentions)
    {
        var asked = Tokenizer.Tokenize(question);
        foreach (var text in material)
        {
            foreach (Match locality in lexicon.Patterns.NamedLocality.Matches(text))
            {
                var name = locality.Groups["name"];
                var kind = Tokenizer.Tokenize(text[locality.Index..name.Index]);
                var words = name.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                for (var length = words.Length; length >= 2; length--)
                {
                    var label = string.Join(' ', words.Take(length));
                    if (Add(Tokenizer.Tokenize(label).ToArray(), label, kind))
                    {
                        break;
                    }
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

        bool Add(string[] folded, string label, IReadOnlyList<string> kind)
        {
            if (!TokenSequence.Contains(asked, [.. kind, .. folded]))
            {
                return false;
            }

            if (!mentions.Any(m => m.Alternatives.Any(a => a.SequenceEqual(folded))))
            {
                mentions.Add(new Mention(label, [folded]));
            }

            return true;
        }
    }

    // A commune, a body or a person typed without diacritics that the material never writes ("xa son dong", "ban tuyen
    // giao", "ong tran minh khoi"): after a kind of locality or of body, two words; after a title, a family name and one or two words. Typed so, a name
    // looks like ordinary words ("xa hop dinh ky", "thon hop bao lau"), so the words are a name only when the material
    // holds none of their word pairs, nor the pair the last makes with the word after it (it writes "xã hội", "giảng
    // viên", "vai trò"), the first is no function word, and none is a short form or starts a phrase the lexicon knows
    // (an act, an asker, an office, a unit, a synonym).
    private static void AddUnknownNamesTypedWithoutDiacritics(string question, IReadOnlyList<string> material, QuestionLexicon lexicon, List<Mention> mentions)
    {
        if (!string.Equals(question, VietnameseText.Fold(question), StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var written = new HashSet<(string, string)>();
        foreach (var words in material.Select(Tokenizer.Tokenize))
        {
            written.UnionWith(words.Zip(words.Skip(1)));
        }

        var asked = Tokenizer.TokenizeTyped(question);
        var candidates = lexicon.Patterns.LowerCaseLocality.Matches(question).Concat(lexicon.Patterns.LowerCaseBody.Matches(question))
            .Select(m => (Label: m.Value, Before: Tokenizer.Tokenize(m.Groups["kind"].Value), Name: m.Groups["name"].Value))
            .Concat(lexicon.Patterns.LowerCasePerson.Matches(question).Select(m => (Label: m.Groups["name"].Value, Before: new List<string>(), m.Groups["name"].Value)));
        foreach (var (label, before, name) in candidates)
        {
            var folded = Tokenizer.Tokenize(name).ToArray();
            var words = (IReadOnlyList<string>)[.. before.TakeLast(1), .. folded];
            var askedFolded = asked.Select(t => t.Folded).ToList();
            var at = Enumerable.Range(0, asked.Count).FirstOrDefault(i => TokenSequence.StartsAt(askedFolded, i, folded), -1);
            var next = at + folded.Length;
            if (at < 0 || StopWords.MayBeStopWord(folded[0]) || words.Zip(words.Skip(1)).Any(written.Contains)
                || (next < asked.Count && written.Contains((folded[^1], askedFolded[next])))
                || Enumerable.Range(at, folded.Length).Any(i => IsOrdinary(asked, i, lexicon) || Abbreviations.Readings(askedFolded, i, out _) is not null)
                || Provinces.Mentioned(folded).Count > 0 || mentions.Any(m => m.Alternatives.Any(a => TokenSequence.Contains(a, folded))))
            {
                continue;
            }

            mentions.Add(new Mention(label, [folded]));
        }
    }

    private static bool IsOrdinary(List<QueryToken> tokens, int at, QuestionLexicon lexicon) =>
        lexicon.WhichWords.Contains(tokens[at].Folded) || lexicon.CourseEvents.Contains(tokens[at].Folded) || lexicon.BodyWords.Contains(tokens[at].Folded)
        || new[]
        {
            lexicon.Words, lexicon.SynonymPhrases, lexicon.EventPhrases, lexicon.TimeAskers, lexicon.CountAskers, lexicon.ReasonAskers, lexicon.QuestionPhrases,
            lexicon.PeopleUnits, lexicon.UnitWords, lexicon.PeriodWords, lexicon.Titles, lexicon.DocumentTypes, lexicon.MeasureVerbs, lexicon.SayingVerbs,
        }.Any(phrases => LexiconMatcher.LongestAt(tokens, at, phrases) > 0);

    /// <summary>True when the fields (folded tokens of a passage, its document's other passages, its title and metadata) name all of it.</summary>
    public bool AllIn(IReadOnlyList<IReadOnlyList<string>> fields) => Missing(fields).Count == 0;

    /// <summary>What the fields do not name, as the question wrote it.</summary>
    public IReadOnlyList<string> Missing(IReadOnlyList<IReadOnlyList<string>> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        return _mentions.Where(m => !m.Alternatives.Any(a => fields.Any(f => TokenSequence.Contains(f, a)))).Select(m => m.Label).Distinct().ToList();
    }

    private static string Capitalised(string label) => char.ToUpperInvariant(label[0]) + label[1..];

    private sealed record Mention(string Label, IReadOnlyList<string[]> Alternatives);
}
