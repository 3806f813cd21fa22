namespace DanVan.Core.Courses;

/// <summary>
/// Splits paragraphs into sentences: at line breaks and after '.', '!', '?' or '…' followed by a space and an
/// upper-case letter, digit, quote or bracket. Short capitalised abbreviations ("Tp.", "TP.", "ThS.") do not end a sentence.
/// </summary>
internal static class SentenceSplitter
{
    public static IEnumerable<string> Split(IEnumerable<string> paragraphs)
    {
        foreach (var paragraph in paragraphs)
        {
            foreach (var line in paragraph.Split('\n'))
            {
                foreach (var sentence in SplitLine(line))
                {
                    yield return sentence;
                }
            }
        }
    }

    private static IEnumerable<string> SplitLine(string line)
    {
        var start = 0;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] is not ('.' or '!' or '?' or '…') || !StartsNewSentence(line, i + 1) || IsAbbreviation(line, start, i))
            {
                continue;
            }

            var sentence = line[start..(i + 1)].Trim();
            if (sentence.Length > 0)
            {
                yield return sentence;
            }

            start = i + 1;
        }

        var rest = line[start..].Trim();
        if (rest.Length > 0)
        {
            yield return rest;
        }
    }

    private static bool StartsNewSentence(string line, int at)
    {
        if (at >= line.Length || !char.IsWhiteSpace(line[at]))
        {
            return false;
        }

        while (at < line.Length && char.IsWhiteSpace(line[at]))
        {
            at++;
        }

        return at < line.Length && (char.IsUpper(line[at]) || char.IsDigit(line[at]) || line[at] is '"' or '“' or '(' or '\'');
    }

    private static bool IsAbbreviation(string line, int sentenceStart, int dot)
    {
        var wordStart = dot;
        while (wordStart > sentenceStart && char.IsLetter(line[wordStart - 1]))
        {
            wordStart--;
        }

        var length = dot - wordStart;
        return line[dot] == '.' && length is >= 1 and <= 3 && char.IsUpper(line[wordStart]);
    }
}
