using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using DanVan.Core.Lexicon;
using DanVan.Core.Text;

namespace DanVan.Core.Retrieval;

/// <summary>
/// Reads a question's typos as the words meant, before anything else reads the question, so that search, the kind of
/// fact asked and what the question names all see that word. Words the index or the lexicon know are left alone; so is
/// a word that could be a Vietnamese syllable as typed (the index holds only part of the language: "cây" or "máy"
/// missing from it are still words) unless its neighbours are written beside one reading <see cref="StrongSupport"/>
/// times. Readings are syllables the index or the lexicon knows, and only a clear one is taken:
/// <list type="bullet">
/// <item>keyboard residue decoded: telex ("vieejt", "daan") and VNI ("d9a8k1") to the syllable they type (written
/// without diacritics, so a tone key left out does not make another word);</item>
/// <item>two words run together ("lầnthư", "dauco") split where the halves pair with each other or their neighbours;</item>
/// <item>a word split in two ("ph ần") joined where the whole is a known syllable;</item>
/// <item>marks no passage of the index writes on a syllable it knows ("tưng"), beside neighbours the index writes that
/// syllable with ("từng ngõ"), read without marks: a wrong or missing tone, not another word ("thống" is written in
/// "hệ thống", so "truyền thống" stays);</item>
/// <item>a word one edit from known syllables (a letter missing, doubled, wrong or swapped) read as the one that forms
/// known pairs with its neighbours, when that reading pairs at least <see cref="Clearer"/> times as often as the next
/// one; with no pairing at all, only when a single known syllable is one edit away and the word is not capitalised.</item>
/// </list>
/// Abbreviations, numbers, words typed in capitals and provinces' names (<see cref="Provinces"/>) are left as typed. Abbreviations
/// spelt otherwise than the table ("U.B.N.D", "NQ25", "NĐ", "TU") are read first (<see cref="AbbreviationSpellings"/>), then chat
/// and regional forms of words as the standard words (<see cref="SpokenForms"/>).
/// </summary>
public static class QuestionSpelling
{
    /// <summary>How much more often the chosen reading must pair with the neighbours than the runner-up.</summary>
    private const int Clearer = 3;

    /// <summary>
    /// How many passages must hold a reading beside the neighbours of a word that could be a syllable as typed (one the
    /// index and the lexicon do not know): a handful, so a name the materials lack is not read as one they have.
    /// </summary>
    private const int StrongSupport = 5;

    /// <summary>How many passages must hold a syllable typed with marks the index never writes beside its neighbours to read it without them.</summary>
    private const int MarkSupport = 2;

    private const string Letters = "abcdefghijklmnopqrstuvwxyz";

    /// <summary>The question with its clear typos corrected (the text itself when there are none).</summary>
    public static string Correct(string question, Vocabulary vocabulary, QuestionLexicon? lexicon = null)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(vocabulary);
        var known = new KnownWords(vocabulary, LexiconWords.Of(lexicon ?? QuestionLexicon.Default));
        question = SpokenNumbers.Standard(SpokenForms.Standard(AbbreviationSpellings.Standard(question, vocabulary, known.PairUses), vocabulary), vocabulary);
        var words = Words(question);
        if (vocabulary.Count == 0 || words.Count == 0)
        {
            return question;
        }

        var folded = words.Select(w => w.Folded).ToList();
        var replaced = new string?[words.Count];
        var joinedWithNext = new bool[words.Count];

        // A province's name is a name, whether or not the materials write it ("Đắk Lắk" is no typo of "Đắk La"): it
        // stays as typed, so that what the question names is grounded as named.
        var inProvince = Provinces.InNames(folded);
        for (var i = 0; i < words.Count; i++)
        {
            if (Untouchable(words[i]) || inProvince[i])
            {
                continue;
            }

            var previous = i > 0 && !joinedWithNext[i - 1] ? folded[i - 1] : null;
            var next = i + 1 < words.Count ? folded[i + 1] : null;

            // A word split in two: the next word completes it (a piece may look like a short form: "Th inh").
            if (next is not null && !Untouchable(words[i + 1]) && Adjacent(question, words[i], words[i + 1])
                && Join(folded[i], next, previous, i + 2 < words.Count ? folded[i + 2] : null, known))
            {
                replaced[i] = words[i].Text + words[i + 1].Text;
                joinedWithNext[i] = true;
                folded[i] += next;
                folded[i + 1] = string.Empty;
                i++;
                continue;
            }

            // Marks no passage of the index ever writes on a syllable it knows, beside words it writes that syllable with
            // ("đi tưng ngõ" where "từng ngõ" is written): a wrong or missing mark, read without marks.
            if (MarkedAsNeverWritten(words[i], folded[i], previous, next, vocabulary, known))
            {
                replaced[i] = char.IsUpper(words[i].Text[0]) ? char.ToUpperInvariant(folded[i][0]) + folded[i][1..] : folded[i];
                continue;
            }

            if (known.Contains(folded[i]) || Abbreviations.Readings(folded, i, out _) is not null)
            {
                continue;
            }

            // A word that can be a Vietnamese syllable is taken as typed, unless the words around it are written, over
            // and over, beside one syllable an edit away ("xã Phước Thin").
            if (Syllables.IsPossible(folded[i]))
            {
                if (Nearest(folded[i], previous, next, known, capitalised: true, StrongSupport) is { } likely)
                {
                    replaced[i] = char.IsUpper(words[i].Text[0]) ? char.ToUpperInvariant(likely[0]) + likely[1..] : likely;
                    folded[i] = likely;
                }

                continue;
            }

            var reading = Decoded(words[i].Text, previous, next, known);
            if (reading is null && !folded[i].Any(char.IsDigit))
            {
                reading = Split(folded[i], previous, next, known) is { } at && words[i].Text.Length == folded[i].Length
                    ? words[i].Text[..at] + " " + words[i].Text[at..]
                    : Nearest(folded[i], previous, next, known, char.IsUpper(words[i].Text[0]), minimumSupport: 1);
            }

            if (reading is not null)
            {
                replaced[i] = char.IsUpper(words[i].Text[0]) ? char.ToUpperInvariant(reading[0]) + reading[1..] : reading;
                folded[i] = Tokenizer.Tokenize(reading)[^1];
            }
        }

        if (replaced.All(r => r is null))
        {
            return question;
        }

        var builder = new StringBuilder(question.Length + 8);
        var position = 0;
        for (var i = 0; i < words.Count; i++)
        {
            if (replaced[i] is not { } text)
            {
                continue;
            }

            var end = joinedWithNext[i] ? words[i + 1].End : words[i].End;
            builder.Append(question, position, words[i].Start - position).Append(text);
            position = end;
        }

        return builder.Append(question, position, question.Length - position).ToString();
    }

    /// <summary>
    /// What search looks for in place of a folded word that is no indexed word and cannot be a syllable, which
    /// <see cref="Correct"/> left as typed for want of a clear reading ("nheiu", "hco", "lpo"): the syllable its keyboard
    /// residue types when the index holds it, else the closest indexed syllable (<see cref="Vocabulary.Correct"/>: the
    /// most frequent within an edit, two for long words), else the word. <see cref="QueryBuilder"/> reads every such word
    /// through it, for search and for the terms the answer's support is scored on; the question's text keeps the word.
    /// Numbers and possible syllables stay as typed, so that real words outside the materials ("vàng" in "giá vàng") are
    /// never bent into words that are in them.
    /// </summary>
    public static string SearchTerm(string folded, Vocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(folded);
        ArgumentNullException.ThrowIfNull(vocabulary);
        if (vocabulary.Contains(folded) || folded.All(char.IsDigit) || Syllables.IsPossible(folded))
        {
            return folded;
        }

        // Telex residue, or a tone key left at the end ("vangf"); not a tone key inside ("torng": trong, letters swapped),
        // nor VNI digits, read only where the reading is clear.
        var residue = !folded.Any(char.IsDigit) && (HasKeyResidue(folded) || (folded.Length > 2 && ToneKey(folded[^1]) != '\0'));
        var decoded = residue && Decode(folded) is { } typed ? VietnameseText.Fold(typed) : folded;
        if (decoded != folded && vocabulary.Contains(decoded))
        {
            return decoded;
        }

        return vocabulary.Correct(decoded) ?? folded;
    }

    internal readonly record struct Word(int Start, int End, string Text, string Folded);

    // Runs of letters, digits and combining marks, as the tokenizer reads them.
    internal static List<Word> Words(string text)
    {
        var words = new List<Word>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsLetterOrDigit(text[i]) || char.GetUnicodeCategory(text[i]) is UnicodeCategory.NonSpacingMark);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                var typed = text[start..i];
                words.Add(new Word(start, i, typed, string.Concat(Tokenizer.Tokenize(typed))));
                start = -1;
            }
        }

        return words;
    }

    // Numbers, abbreviations (known ones, and any word typed in capitals) and one-letter words stay as typed.
    private static bool Untouchable(Word word) =>
        word.Folded.Length < 2 || word.Folded.Length > 12 || word.Folded.All(char.IsDigit)
        || (word.Text.Length >= 2 && word.Text.All(c => !char.IsLetter(c) || char.IsUpper(c)));

    // Not for a word that may be a function word ("đựoc"): read plain it would stop counting; nor for a number word
    // typed as the lexicon writes it ("mấy chục vụ" is no "chức vụ"): like a number, it stays as typed.
    private static bool MarkedAsNeverWritten(Word word, string folded, string? previous, string? next, Vocabulary vocabulary, KnownWords known)
    {
        var typed = word.Text.ToLowerInvariant();
        return VietnameseText.HasDiacritics(typed) && Syllables.IsPossible(folded) && vocabulary.Contains(folded) && !known.IsNumberWord(typed)
            && !vocabulary.Writes(typed, folded) && !StopWords.IsStopWord(typed, folded) && !StopWords.MayBeStopWord(folded) && !StopWords.IsStopWord(folded, folded)
            && known.PairSupport(folded, previous, next) >= MarkSupport;
    }

    private static bool Adjacent(string text, Word first, Word second) =>
        second.Start == first.End + 1 && text[first.End] == ' ';

    // Keyboard residue read as the known syllable it types, written without diacritics: a tone key left out ("vaan" for
    // "vận") would otherwise make another word. A tone key alone ("max") is as likely English: it needs a neighbour.
    private static string? Decoded(string word, string? previous, string? next, KnownWords known)
    {
        if (Decode(word) is not { } decoded || VietnameseText.Fold(decoded) is not { } syllable
            || !Syllables.IsPossible(syllable) || !known.Contains(syllable))
        {
            return null;
        }

        return HasKeyResidue(word) || known.PairSupport(syllable, previous, next) > 0 ? syllable : null;
    }

    // Residue only a Vietnamese keyboard leaves: a doubled vowel or d, a w after a vowel, a VNI digit.
    private static bool HasKeyResidue(string word)
    {
        var lower = word.ToLowerInvariant();
        return lower.Any(char.IsDigit) || lower.StartsWith("dd", StringComparison.Ordinal)
            || lower.Contains("aa", StringComparison.Ordinal) || lower.Contains("ee", StringComparison.Ordinal) || lower.Contains("oo", StringComparison.Ordinal)
            || lower.Contains("aw", StringComparison.Ordinal) || lower.Contains("ow", StringComparison.Ordinal) || lower.Contains("uw", StringComparison.Ordinal);
    }

    // Two words that are one: the whole is a known syllable and a half cannot be a syllable ("ph ần"), or both halves
    // are indexed words but only the whole pairs with a neighbour ("đối tho ại").
    private static bool Join(string first, string second, string? previous, string? next, KnownWords known)
    {
        if (second.Any(char.IsDigit) || first.Any(char.IsDigit))
        {
            return false;
        }

        var whole = first + second;
        if (!Syllables.IsPossible(whole) || !known.Contains(whole))
        {
            return false;
        }

        if (!Syllables.IsPossible(first) || !Syllables.IsPossible(second))
        {
            return true;
        }

        if (!known.Contains(first) || !known.Contains(second))
        {
            return false;
        }

        var apart = known.PairSupport(second, first, null) > 0 || known.PairSupport(first, previous, null) > 0 || known.PairSupport(second, null, next) > 0;
        return !apart && known.PairSupport(whole, previous, next) > 0;
    }

    // Where a run of two words typed together ("lầnthư", "dauco") splits into two known syllables that are written
    // together, or that pair with the words around them.
    private static int? Split(string folded, string? previous, string? next, KnownWords known)
    {
        int? best = null;
        var bestSupport = 0;
        for (var at = 1; at < folded.Length; at++)
        {
            var (first, second) = (folded[..at], folded[at..]);
            if (Syllables.IsPossible(first) && Syllables.IsPossible(second) && known.Contains(first) && known.Contains(second)
                && known.PairSupport(second, first, null) + known.PairSupport(first, previous, null) + known.PairSupport(second, null, next) is var support
                && support > bestSupport)
            {
                best = at;
                bestSupport = support;
            }
        }

        return best;
    }

    // The known syllable one edit away that pairs with the neighbours clearly more often than any other; without any
    // pairing, the only known syllable one edit away, unless the word is capitalised (a name the materials may lack).
    private static string? Nearest(string folded, string? previous, string? next, KnownWords known, bool capitalised, int minimumSupport)
    {
        string? best = null;
        string? only = null;
        int bestSupport = 0, secondSupport = 0, candidates = 0;
        foreach (var candidate in Edits(folded).Distinct(StringComparer.Ordinal))
        {
            if (!Syllables.IsPossible(candidate) || !known.Contains(candidate))
            {
                continue;
            }

            candidates++;
            only = candidate;
            var support = known.PairSupport(candidate, previous, next);
            if (support > bestSupport)
            {
                (secondSupport, bestSupport, best) = (bestSupport, support, candidate);
            }
            else if (support > secondSupport)
            {
                secondSupport = support;
            }
        }

        if (best is not null)
        {
            return bestSupport >= minimumSupport && bestSupport >= Clearer * secondSupport ? best : null;
        }

        return candidates == 1 && !capitalised ? only : null;
    }

    // Every string one deletion, insertion, substitution or transposition of adjacent letters away.
    private static IEnumerable<string> Edits(string word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            yield return word.Remove(i, 1);
            if (i + 1 < word.Length)
            {
                yield return string.Concat(word.AsSpan(0, i), word[i + 1].ToString(), word[i].ToString(), word.AsSpan(i + 2));
            }

            foreach (var letter in Letters)
            {
                if (letter != word[i])
                {
                    yield return string.Concat(word.AsSpan(0, i), letter.ToString(), word.AsSpan(i + 1));
                }
            }
        }

        for (var i = 0; i <= word.Length; i++)
        {
            foreach (var letter in Letters)
            {
                yield return word.Insert(i, letter.ToString());
            }
        }
    }

    /// <summary>
    /// The syllable a word of keyboard residue types: telex ("vieejt" → "việt", "ddeer" → "để") or VNI ("d9a8k1" →
    /// "đắk"); null when the word is no such residue.
    /// </summary>
    public static string? Decode(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length < 2 || !word.All(char.IsAscii) || !word.All(char.IsLetterOrDigit))
        {
            return null;
        }

        var decoded = word.Any(char.IsDigit) ? Vni(word) : Telex(word);
        return decoded is null || string.Equals(VietnameseText.Fold(decoded), word, StringComparison.OrdinalIgnoreCase) ? null : decoded;
    }

    private static string? Telex(string word)
    {
        var letters = new StringBuilder(word.Length);
        var tone = '\0';
        var sawVowel = false;
        foreach (var c in word)
        {
            var lower = char.ToLowerInvariant(c);
            var last = letters.Length > 0 ? char.ToLowerInvariant(letters[^1]) : '\0';
            if (lower == 'd' && last == 'd' && letters.Length == 1)
            {
                letters[^1] = char.IsUpper(letters[^1]) ? 'Đ' : 'đ';
            }
            else if (lower is 'a' or 'e' or 'o' && last == lower)
            {
                letters[^1] = Mark(letters[^1], '\u0302');
            }
            else if (lower == 'w' && last is 'a' or 'o' or 'u')
            {
                letters[^1] = Mark(letters[^1], last == 'a' ? '\u0306' : '\u031B');
                if (last == 'o' && letters.Length >= 2 && char.ToLowerInvariant(letters[^2]) == 'u')
                {
                    letters[^2] = Mark(letters[^2], '\u031B');
                }
            }
            else if (sawVowel && tone == '\0' && ToneKey(lower) is var key and not '\0')
            {
                tone = key;
            }
            else
            {
                letters.Append(c);
                sawVowel |= IsVowel(lower);
            }
        }

        return WithTone(letters, tone);
    }

    private static string? Vni(string word)
    {
        var letters = new StringBuilder(word.Length);
        var tone = '\0';
        foreach (var c in word)
        {
            if (!char.IsDigit(c))
            {
                letters.Append(c);
                continue;
            }

            var mark = c switch { '6' => '\u0302', '7' => '\u031B', '8' => '\u0306', _ => '\0' };
            if (c == '9')
            {
                var d = LastIndex(letters, ch => ch is 'd' or 'D');
                if (d < 0)
                {
                    return null;
                }

                letters[d] = letters[d] == 'd' ? 'đ' : 'Đ';
            }
            else if (mark != '\0')
            {
                var at = LastIndex(letters, ch => mark == '\u0302' ? ch is 'a' or 'e' or 'o' : mark == '\u0306' ? ch == 'a' : ch is 'o' or 'u');
                if (at < 0)
                {
                    return null;
                }

                letters[at] = Mark(letters[at], mark);
                if (mark == '\u031B' && at > 0 && char.ToLowerInvariant(letters[at]) != 'ư' && char.ToLowerInvariant(letters[at - 1]) == 'u')
                {
                    letters[at - 1] = Mark(letters[at - 1], mark);
                }
            }
            else if (c is >= '1' and <= '5' && tone == '\0')
            {
                tone = "\u0301\u0300\u0309\u0303\u0323"[c - '1'];
            }
            else
            {
                return null;
            }
        }

        return WithTone(letters, tone);
    }

    private static int LastIndex(StringBuilder letters, Func<char, bool> match)
    {
        for (var i = letters.Length - 1; i >= 0; i--)
        {
            if (match(char.ToLowerInvariant(letters[i])))
            {
                return i;
            }
        }

        return -1;
    }

    private static char ToneKey(char c) => c switch
    {
        's' => '\u0301',
        'f' => '\u0300',
        'r' => '\u0309',
        'x' => '\u0303',
        'j' => '\u0323',
        _ => '\0',
    };

    private static bool IsVowel(char c) => "aeiouyăâêôơư".Contains(c, StringComparison.Ordinal);

    private static char Mark(char c, char mark)
    {
        var marked = string.Concat(c.ToString(), mark.ToString()).Normalize(NormalizationForm.FormC);
        return marked.Length == 1 ? marked[0] : c;
    }

    // The letters with the tone on the syllable's main vowel: a marked vowel (the last, for ươ), else the last vowel
    // before a final consonant, else the first of two final vowels ("hòa", "mùa"); "qu" and "gi" lend no vowel.
    private static string? WithTone(StringBuilder letters, char tone)
    {
        var text = letters.ToString();
        if (tone == '\0')
        {
            return text;
        }

        var lower = text.ToLowerInvariant();
        var skip = lower.StartsWith("qu", StringComparison.Ordinal) || (lower.StartsWith("gi", StringComparison.Ordinal) && lower.Length > 2 && IsVowel(lower[2])) ? 2 : 0;
        var vowels = Enumerable.Range(skip, lower.Length - skip).Where(i => IsVowel(lower[i])).ToList();
        if (vowels.Count == 0)
        {
            return null;
        }

        var marked = vowels.Where(i => "ăâêôơư".Contains(lower[i], StringComparison.Ordinal)).ToList();
        var at = marked.Count > 0 ? marked[^1]
            : vowels.Count >= 2 && vowels[^1] == lower.Length - 1 ? vowels[^2]
            : vowels[^1];
        return (text[..(at + 1)] + tone + text[(at + 1)..]).Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// The syllables a question may mean and the pairs they form: the index's, and the lexicon's (question forms, stop
    /// words, titles, units: words every question uses that the materials may not). A pair of the lexicon counts as
    /// much as <see cref="LexiconPairUses"/> passages holding it.
    /// </summary>
    private sealed class KnownWords(Vocabulary vocabulary, LexiconWords lexicon)
    {
        private const int LexiconPairUses = 3;

        public bool Contains(string syllable) =>
            vocabulary.Contains(syllable) || lexicon.Syllables.Contains(syllable) || StopWords.MayBeStopWord(syllable) || StopWords.IsStopWord(syllable, syllable);

        /// <summary>Whether a word as typed (lower case) is one of the lexicon's number words, written so ("chục", "trăm").</summary>
        public bool IsNumberWord(string typed) => lexicon.NumberWords.Contains(typed);

        /// <summary>How many passages hold the syllable beside one of its neighbours.</summary>
        public int PairSupport(string syllable, string? previous, string? next) =>
            (previous is null ? 0 : Pair(previous, syllable)) + (next is null ? 0 : Pair(syllable, next));

        /// <summary>How many passages count as holding the pair (a pair of the lexicon as <see cref="LexiconPairUses"/> more).</summary>
        public long PairUses(string first, string second) => Pair(first, second);

        private int Pair(string first, string second) =>
            vocabulary.Frequency(IndexText.Pair(first, second)) + (lexicon.Pairs.Contains(IndexText.Pair(first, second)) ? LexiconPairUses : 0);
    }

    /// <summary>The folded syllables and adjacent pairs of a lexicon's phrases, gathered once per lexicon.</summary>
    private sealed class LexiconWords
    {
        private static readonly ConditionalWeakTable<QuestionLexicon, LexiconWords> Cache = [];

        private LexiconWords(QuestionLexicon lexicon)
        {
            IEnumerable<LexiconPhrase> phrases =
            [
                .. lexicon.Kinds.Values.SelectMany(p => p), .. lexicon.CountAskers, .. lexicon.CountNouns, .. lexicon.Words,
                .. lexicon.QuestionPhrases, .. lexicon.PeopleUnits, .. lexicon.UnitNames.SelectMany(p => p), .. lexicon.UnitWords,
                .. lexicon.SynonymPhrases, .. lexicon.Quantifiers, .. lexicon.PeriodWords, .. lexicon.Titles,
                .. lexicon.Roles.SelectMany(r => r.Titles.Prepend(r.Role)), .. lexicon.CourseRoles.SelectMany(g => g), .. lexicon.Current, .. lexicon.Bodies.SelectMany(p => p),
                .. lexicon.Events.SelectMany(p => p), .. lexicon.EventPhrases, .. lexicon.MeasureVerbs, .. lexicon.RateWords,
                .. lexicon.TimeAskers, .. lexicon.DefinitionMarkers,
            ];
            NumberWords = lexicon.NumberWords;
            foreach (var phrase in phrases)
            {
                Syllables.UnionWith(phrase.Folded);
                for (var k = 0; k + 1 < phrase.Folded.Length; k++)
                {
                    Pairs.Add(IndexText.Pair(phrase.Folded[k], phrase.Folded[k + 1]));
                }
            }
        }

        public HashSet<string> Syllables { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Pairs { get; } = new(StringComparer.Ordinal);

        public IReadOnlySet<string> NumberWords { get; }

        public static LexiconWords Of(QuestionLexicon lexicon) => Cache.GetValue(lexicon, l => new LexiconWords(l));
    }
}
