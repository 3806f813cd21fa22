using DanVan.Core.Lexicon;
using DanVan.Core.Text;

namespace DanVan.Core.Answering;

// Definitions: "Dân vận khéo là gì?", "QCDC được hiểu như thế nào?" ask what a term means. A sentence that only names
// the term ("Ban Chỉ đạo phong trào thi đua “Dân vận khéo” được củng cố") does not answer; one that defines it
// ("“Dân vận khéo” không phải là … mà là phương pháp làm việc …") does. The words come from the lexicon's "definition"
// kind and its "definitions".
public sealed partial class AnswerExpectation
{
    // A term is a few words; a longer run before "là gì" is a description of what is asked ("phương châm … là gì").
    private const int MaxDefinedTerm = 6;

    // How far after the term its defining word may stand ("Dân vận khéo” không phải là …").
    private const int DefinitionMarkerWithin = 3;

    /// <summary>The term a question asks to define (folded words), empty when it asks none.</summary>
    private string[] Defined { get; init; } = [];

    /// <summary>
    /// True when the sentence defines the term a longer question opens ("Theo ông X ở lớp … thì chữ khéo trong dân vận
    /// nghĩa là sao?": "Khéo là phải hiểu dân, …"). Such a term only ranks sentences: a question naming its speaker by
    /// role or name is answered from what the document says of them even when no sentence defines it.
    /// </summary>
    public bool DefinesOpenedTerm(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return OpenedTerm.Length > 0 && Defines(sentence, OpenedTerm);
    }

    // The term a longer question opens (folded words), empty when it opens none.
    private string[] OpenedTerm { get; init; } = [];

    // The words before a definition asker that ends the question (only function words after it): few,
    // with no number, year or province, and not a head that asks content ("nội dung của lớp là gì"). With
    // <paramref name="opened"/>, only a term opened by one of the lexicon's term openers ("chữ khéo trong dân vận").
    private static string[]? DefinedTerm(string question, QuestionLexicon lexicon, bool opened = false)
    {
        if (!lexicon.Kinds.TryGetValue("definition", out var cues))
        {
            return null;
        }

        // The whole question, not its last clause: "dân biết, dân bàn, …, dân thụ hưởng là gì" names no term.
        var clause = Expanded(LexiconMatcher.WithBodyNames(Tokenizer.TokenizeTyped(question), lexicon), lexicon);

        var asker = lexicon.FindCues(clause, cues)
            .Where(c => clause.Skip(c.At + c.Length).All(IsFunctionWord))
            .Select(c => (int?)c.At)
            .LastOrDefault();
        if (asker is not { } end)
        {
            return null;
        }

        // "Theo ông X ở lớp … thì chữ khéo trong dân vận nghĩa là sao": the term follows the last opener, up to a function
        // word or a word that ends a term. One syllable typed without diacritics opens none ("chu" may be chủ: "chủ tịch").
        var opener = opened
            ? LexiconMatcher.Find(clause, lexicon.DefinitionTermOpeners).Where(o => o.At + o.Length < end && (o.Length > 1 || clause[o.At].Typed != clause[o.At].Folded))
                .Select(o => (int?)(o.At + o.Length)).LastOrDefault()
            : null;
        if (opened && opener is null)
        {
            return null;
        }

        var start = opener ?? 0;
        while (start < end && IsFunctionWord(clause[start]))
        {
            start++;
        }

        if (opener is not null)
        {
            var stop = start;
            while (stop < end && !IsFunctionWord(clause[stop]) && LexiconMatcher.LongestAt(clause, stop, lexicon.DefinitionTermEnds) == 0)
            {
                stop++;
            }

            end = stop;
        }

        var term = clause.Skip(start).Take(end - start).ToList();
        var folded = term.Select(t => t.Folded).ToList();
        if (term.Count is 0 or > MaxDefinedTerm || term.Any(t => char.IsDigit(t.Folded[0])) || Provinces.Mentioned(folded).Count > 0
            || LexiconMatcher.LongestAt(term, 0, lexicon.DefinitionNotTerms) > 0)
        {
            return null;
        }

        return [.. folded];
    }

    // The term (or one of its synonyms) with a defining word right after it.
    private bool Defines(string sentence) => Defines(sentence, Defined);

    private bool Defines(string sentence, string[] term)
    {
        var tokens = Tokenizer.TokenizeWritten(sentence);
        var folded = tokens.Select(t => t.Folded).ToList();
        var forms = _lexicon.SynonymsOf(string.Join(' ', term)).Select(s => s.Split(' ')).Append(term);
        foreach (var form in forms)
        {
            for (var at = 0; at + form.Length <= folded.Count; at++)
            {
                if (!TokenSequence.StartsAt(folded, at, form))
                {
                    continue;
                }

                var after = at + form.Length;
                for (var k = after; k < Math.Min(folded.Count, after + DefinitionMarkerWithin + 1); k++)
                {
                    if (LexiconMatcher.LongestAt(tokens, k, _lexicon.DefinitionMarkers) > 0)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }
}
