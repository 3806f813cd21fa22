using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using DanVan.Core.Text;

namespace DanVan.Core.Retrieval;

/// <summary>
/// Reads initials the abbreviation table lacks ("DCCS", "NCUT") as the phrase of the index whose syllables begin with
/// those letters in order ("dân chủ cơ sở"), when the index clearly writes one such phrase most: a short form cadres
/// coin for what the materials spell out. A plain function word (<see cref="StopWords"/>: "ở", "của", "và") that the
/// index mostly writes as one (<see cref="Vocabulary.FunctionShare"/> at least <see cref="FunctionShare"/>) may stand
/// between two of the phrase's syllables without a letter ("dân chủ ở cơ sở" is also DCCS), and is never one of its
/// letters. D also stands for Đ, as folded.
/// <para>
/// A phrase is a chain of the index's syllable pairs (<see cref="IndexText.Pair"/>), each held by at least
/// <see cref="MinimumSupport"/> passages. It counts as the passages expected to hold it: its first pair's, times each
/// next pair's share of the passages holding that pair's first syllable (a chain glued through a common syllable, "các",
/// counts little). Chains that differ only in the function words they skip are one reading. The most frequent reading is taken only when it counts at least <see cref="Clearer"/>
/// times as often as the next (initials with two readings of like weight stay as typed, and so do initials no phrase
/// matches: a code the materials never write is still not mentioned).
/// </para>
/// Built once per vocabulary (the pairs by their first syllable, most frequent first); a reading is a search bounded by
/// <see cref="StepBudget"/> steps, remembered per vocabulary.
/// </summary>
public sealed class PhraseInitials
{
    /// <summary>The longest initials read.</summary>
    public const int MaxLetters = 6;

    /// <summary>How many passages must hold each pair of a phrase.</summary>
    internal const int MinimumSupport = 2;

    /// <summary>How much more often the taken reading must be written than the next one.</summary>
    internal const int Clearer = 3;

    /// <summary>The most chain steps one reading may take; past it the initials stay as typed.</summary>
    internal const int StepBudget = 20_000;

    /// <summary>The share of a plain stop word's uses (<see cref="Vocabulary.FunctionShare"/>) the index must write as the function word for it to be skipped.</summary>
    internal const double FunctionShare = 0.5;

    /// <summary>How many passages a reading must be expected in.</summary>
    internal const double Floor = 0.01;

    private const int MaxRemembered = 4_096;

    private static readonly ConditionalWeakTable<Vocabulary, PhraseInitials> Built = new();

    // A syllable → the syllables the index writes after it in at least MinimumSupport passages, most frequent first.
    private readonly Dictionary<string, (string Next, int Passages)[]> _next;

    // The syllables with a following one, by their first letter.
    private readonly Dictionary<char, string[]> _byInitial;

    // The syllables the index mostly writes as a function word ("o": ở, "cua": của; not "ban", mostly Ban): skipped
    // between a phrase's syllables, never one of its letters.
    private readonly HashSet<string> _function;

    private readonly Vocabulary _vocabulary;

    private readonly ConcurrentDictionary<string, string?> _readings = new(StringComparer.Ordinal);

    private PhraseInitials(Vocabulary vocabulary)
    {
        _vocabulary = vocabulary;
        var next = new Dictionary<string, List<(string, int)>>(StringComparer.Ordinal);

        // One string per syllable however many pairs hold it (a large index holds millions of pairs, thousands of syllables).
        var syllables = new Dictionary<string, string>(StringComparer.Ordinal);
        string Syllable(string text) => syllables.TryGetValue(text, out var known) ? known : syllables[text] = text;
        foreach (var (term, passages) in vocabulary.Entries)
        {
            var at = term.IndexOf(IndexText.PairJoiner, StringComparison.Ordinal);
            if (passages < MinimumSupport || at <= 0 || at == term.Length - 1 || term.IndexOf(IndexText.PairJoiner, at + 1) >= 0
                || !term.All(c => char.IsLetter(c) || c == IndexText.PairJoiner))
            {
                continue;
            }

            var first = Syllable(term[..at]);
            if (!next.TryGetValue(first, out var list))
            {
                next[first] = list = [];
            }

            list.Add((Syllable(term[(at + 1)..]), passages));
        }

        _function = next.Keys.Concat(next.Values.SelectMany(l => l.Select(x => x.Item1)))
            .Where(f => StopWords.IsStopWord(f, f) && vocabulary.FunctionShare(f) >= FunctionShare).ToHashSet(StringComparer.Ordinal);
        _next = next.ToDictionary(p => p.Key, p => p.Value.OrderByDescending(x => x.Item2).ThenBy(x => x.Item1, StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        _byInitial = _next.Keys.GroupBy(k => k[0]).ToDictionary(g => g.Key, g => g.ToArray());
    }

    /// <summary>The reading built for this vocabulary (once per vocabulary instance).</summary>
    public static PhraseInitials Of(Vocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        return Built.GetValue(vocabulary, v => new PhraseInitials(v));
    }

    /// <summary>
    /// The folded phrase the index clearly writes most whose syllables begin with <paramref name="initials"/> (2 to
    /// <see cref="MaxLetters"/> letters, any case, Đ read as D), with the function words it is written with; null when
    /// none or no clear one.
    /// </summary>
    public string? Phrase(string initials)
    {
        ArgumentNullException.ThrowIfNull(initials);
        var letters = VietnameseText.Fold(initials).ToLowerInvariant();
        if (letters.Length is < 2 or > MaxLetters || !letters.All(c => c is >= 'a' and <= 'z'))
        {
            return null;
        }

        if (_readings.TryGetValue(letters, out var known))
        {
            return known;
        }

        var reading = new Search(this, letters).Run();
        if (_readings.Count < MaxRemembered)
        {
            _readings.TryAdd(letters, reading);
        }

        return reading;
    }

    // A depth-first search keeping the two best readings; a chain is cut as soon as it cannot beat the second.
    private sealed class Search(PhraseInitials index, string letters)
    {
        private readonly List<string> _chain = [];
        private readonly List<bool> _skipped = [];
        private string? _bestKey;
        private string? _bestText;
        private string? _secondText;
        private double _best;
        private double _second;
        private int _steps;

        public string? Run()
        {
            if (!index._byInitial.TryGetValue(letters[0], out var starts))
            {
                return null;
            }

            foreach (var start in starts.Where(s => !index._function.Contains(s)))
            {
                _chain.Add(start);
                _skipped.Add(false);
                Extend(start, 1, double.PositiveInfinity, justSkipped: false);
                _chain.RemoveAt(_chain.Count - 1);
                _skipped.RemoveAt(_skipped.Count - 1);
                if (_steps > StepBudget)
                {
                    return null;
                }
            }

            return _bestText is not null && _best >= Floor && _best >= Clearer * _second ? _bestText : null;
        }

        private void Extend(string syllable, int letter, double estimate, bool justSkipped)
        {
            if (letter == letters.Length)
            {
                Record(estimate);
                return;
            }

            if (++_steps > StepBudget || !index._next.TryGetValue(syllable, out var following))
            {
                return;
            }

            // The passages expected to hold the chain so far and then the next syllable: the first pair's, then each
            // pair's share of its first syllable's passages (never more than before: a pair is rarer than its syllable).
            var share = double.IsPositiveInfinity(estimate) ? 1 : estimate / Math.Max(1, index._vocabulary.Frequency(syllable));

            foreach (var (next, passages) in following)
            {
                var count = share * passages;
                if (count < Floor || count <= _second || _steps > StepBudget)
                {
                    return; // most frequent first: no later one does better
                }

                if (!index._function.Contains(next))
                {
                    if (next[0] == letters[letter])
                    {
                        Step(next, letter + 1, count, skipped: false);
                    }
                }
                else if (!justSkipped)
                {
                    Step(next, letter, count, skipped: true);
                }
            }
        }

        private void Step(string next, int letter, double count, bool skipped)
        {
            _chain.Add(next);
            _skipped.Add(skipped);
            Extend(next, letter, count, skipped);
            _chain.RemoveAt(_chain.Count - 1);
            _skipped.RemoveAt(_skipped.Count - 1);
        }

        private void Record(double count)
        {
            var key = string.Join(' ', _chain.Where((_, i) => !_skipped[i]));
            if (key == _bestKey)
            {
                if (count > _best)
                {
                    _best = count;
                    _bestText = string.Join(' ', _chain);
                }
            }
            else if (count > _best)
            {
                _secondText = _bestText;
                _second = _best;
                _best = count;
                _bestKey = key;
                _bestText = string.Join(' ', _chain);
            }
            else if (count > _second)
            {
                _secondText = string.Join(' ', _chain);
                _second = count;
            }
        }
    }
}
