using System.Globalization;
using System.Text;
using DanVan.Core.Text;

namespace DanVan.Core.Retrieval;

/// <summary>
/// Reads a question's typos as the words the index holds, before anything else reads the question, so that search,
/// the kind of fact asked and what the question names all see the word meant. Only words the index does not know are
/// touched, only words that cannot be Vietnamese syllables (the index holds only part of the language: "cây" or "máy"
/// missing from it are still words), and only when one reading is clear:
/// <list type="bullet">
/// <item>keyboard residue decoded: telex ("vieejt", "daan") and VNI ("d9a8k1") to the syllable they type (written
/// without diacritics, so a tone key left out does not make another word);</item>
/// <item>two words run together ("lầnthư") split where both halves and their pair are indexed;</item>
/// <item>a word split in two ("ph ần") joined where the whole is an indexed syllable;</item>
/// <item>a syllable one edit from indexed ones (a letter missing, doubled, wrong or swapped) read as the one that forms
/// indexed pairs with its neighbours, when that reading is at least <see cref="Clearer"/> times as frequent in pairs as
/// the next one; a neighbourless guess is not made.</item>
/// </list>
/// Abbreviations, numbers and words typed in capitals are left as typed.
/// </summary>
public static class QuestionSpelling
{
    /// <summary>How much more often the chosen reading must pair with the neighbours than the runner-up.</summary>
    private const int Clearer = 3;

    private const string Letters = "abcdefghijklmnopqrstuvwxyz";

    /// <summary>The question with its clear typos corrected (the text itself when there are none).</summary>
    public static string Correct(string question, Vocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(vocabulary);
        if (vocabulary.Count == 0)
        {
            return question;
        }

        var words = Words(question);
        if (words.Count == 0)
        {
            return question;
        }

        var folded = words.Select(w => w.Folded).ToList();
        var replaced = new string?[words.Count];
        var joinedWithNext = new bool[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            if (Untouchable(words[i], folded, i))
            {
                continue;
            }

            var known = vocabulary.Contains(folded[i]);
            var previous = i > 0 && !joinedWithNext[i - 1] ? folded[i - 1] : null;
            var next = i + 1 < words.Count ? folded[i + 1] : null;

            // A word split in two: the next word completes it.
            if (next is not null && !Untouchable(words[i + 1], folded, i + 1) && Adjacent(question, words[i], words[i + 1])
                && Join(folded[i], next, previous, i + 2 < words.Count ? folded[i + 2] : null, vocabulary))
            {
                replaced[i] = words[i].Text + words[i + 1].Text;
                joinedWithNext[i] = true;
                folded[i] += next;
                folded[i + 1] = string.Empty;
                i++;
                continue;
            }

            // A word that can be a Vietnamese syllable is taken as typed: the index holds only some of the language.
            if (known || Syllables.IsPossible(folded[i]))
            {
                continue;
            }

            if (Decode(words[i].Text) is { } decoded && Syllables.IsPossible(VietnameseText.Fold(decoded)) && vocabulary.Contains(VietnameseText.Fold(decoded))
                && (HasKeyResidue(words[i].Text) || PairSupport(VietnameseText.Fold(decoded), previous, next, vocabulary) > 0))
            {
                // Written without diacritics: a tone left out ("vaan" for "vận") would otherwise be read as another word.
                folded[i] = VietnameseText.Fold(decoded);
                replaced[i] = char.IsUpper(words[i].Text[0]) ? char.ToUpperInvariant(folded[i][0]) + folded[i][1..] : folded[i];
            }
            else if (folded[i].Any(char.IsDigit))
            {
                continue;
            }
            else if (Split(folded[i], vocabulary) is { } at && words[i].Text.Length == folded[i].Length)
            {
                replaced[i] = words[i].Text[..at] + " " + words[i].Text[at..];
                folded[i] = folded[i][at..];
            }
            else if (Nearest(folded[i], previous, next, vocabulary) is { } nearest)
            {
                replaced[i] = char.IsUpper(words[i].Text[0]) ? char.ToUpperInvariant(nearest[0]) + nearest[1..] : nearest;
                folded[i] = nearest;
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

    private readonly record struct Word(int Start, int End, string Text, string Folded);

    // Runs of letters, digits and combining marks, as the tokenizer reads them.
    private static List<Word> Words(string text)
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
    private static bool Untouchable(Word word, List<string> folded, int i) =>
        word.Folded.Length < 2 || word.Folded.Length > 12 || word.Folded.All(char.IsDigit)
        || (word.Text.Length >= 2 && word.Text.All(c => !char.IsLetter(c) || char.IsUpper(c)))
        || Abbreviations.Readings(folded, i, out _) is not null;

    private static bool Adjacent(string text, Word first, Word second) =>
        second.Start == first.End + 1 && text[first.End] == ' ';

    // Two words that are one: the whole is an indexed syllable and a half cannot be a syllable ("ph ần"), or both halves
    // are indexed words but only the whole pairs with a neighbour ("đối tho ại").
    private static bool Join(string first, string second, string? previous, string? next, Vocabulary vocabulary)
    {
        if (second.All(char.IsDigit) || first.All(char.IsDigit))
        {
            return false;
        }

        var whole = first + second;
        if (!Syllables.IsPossible(whole) || !vocabulary.Contains(whole))
        {
            return false;
        }

        if (!Syllables.IsPossible(first) || !Syllables.IsPossible(second))
        {
            return true;
        }

        if (!vocabulary.Contains(first) || !vocabulary.Contains(second))
        {
            return false;
        }

        var apart = vocabulary.Contains(IndexText.Pair(first, second))
            || (previous is not null && vocabulary.Contains(IndexText.Pair(previous, first)))
            || (next is not null && vocabulary.Contains(IndexText.Pair(second, next)));
        return !apart && PairSupport(whole, previous, next, vocabulary) > 0;
    }

    // Where a run of two words typed together splits into two indexed syllables that the index also writes together.
    private static int? Split(string folded, Vocabulary vocabulary)
    {
        int? best = null;
        var bestFrequency = 0;
        for (var at = 1; at < folded.Length; at++)
        {
            var (first, second) = (folded[..at], folded[at..]);
            if (Syllables.IsPossible(first) && Syllables.IsPossible(second)
                && vocabulary.Frequency(IndexText.Pair(first, second)) is var frequency && frequency > bestFrequency)
            {
                best = at;
                bestFrequency = frequency;
            }
        }

        return best;
    }

    // The indexed syllable one edit away that pairs with the neighbours clearly more often than any other.
    private static string? Nearest(string folded, string? previous, string? next, Vocabulary vocabulary)
    {
        string? best = null;
        int bestSupport = 0, secondSupport = 0;
        foreach (var candidate in Edits(folded).Distinct(StringComparer.Ordinal))
        {
            if (!Syllables.IsPossible(candidate) || !vocabulary.Contains(candidate))
            {
                continue;
            }

            var support = PairSupport(candidate, previous, next, vocabulary);
            if (support > bestSupport)
            {
                (secondSupport, bestSupport, best) = (bestSupport, support, candidate);
            }
            else if (support > secondSupport)
            {
                secondSupport = support;
            }
        }

        return best is not null && bestSupport >= Clearer * secondSupport ? best : null;
    }

    // Residue only a Vietnamese keyboard leaves: a doubled vowel or d, a w after a vowel, a VNI digit. A tone key alone
    // ("max") is as likely an English word, so that reading needs a neighbour to pair with.
    private static bool HasKeyResidue(string word)
    {
        var lower = word.ToLowerInvariant();
        return lower.Any(char.IsDigit) || lower.StartsWith("dd", StringComparison.Ordinal)
            || lower.Contains("aa", StringComparison.Ordinal) || lower.Contains("ee", StringComparison.Ordinal) || lower.Contains("oo", StringComparison.Ordinal)
            || lower.Contains("aw", StringComparison.Ordinal) || lower.Contains("ow", StringComparison.Ordinal) || lower.Contains("uw", StringComparison.Ordinal);
    }

    // How many passages hold the syllable beside one of its neighbours.
    private static int PairSupport(string syllable, string? previous, string? next, Vocabulary vocabulary) =>
        (previous is null ? 0 : vocabulary.Frequency(IndexText.Pair(previous, syllable)))
        + (next is null ? 0 : vocabulary.Frequency(IndexText.Pair(syllable, next)));

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
}
