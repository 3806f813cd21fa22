using DanVan.Core.Courses;
using DanVan.Core.Retrieval;
using Microsoft.SemanticKernel;

namespace DanVan.Core.Answering.Llm;

/// <summary>
/// Everything the model may cite for one question, numbered [1]..[n] in the order it was put before the model: the
/// passages in the prompt, then what the tools returned. The numbering continues across tool calls and a passage or
/// course seen twice keeps its first number, so every [n] names one thing. Also counts the tool calls.
/// </summary>
internal sealed class CitationLedger
{
    private const string DataKey = "DanVan.CitationLedger";

    private readonly List<Func<int, AnswerSource>> _sources = [];
    private readonly Dictionary<long, int> _passageNumbers = [];
    private readonly Dictionary<long, int> _courseNumbers = [];
    private readonly Lock _lock = new();

    /// <summary>How many items have a number.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _sources.Count;
            }
        }
    }

    /// <summary>Tool calls the model asked for so far.</summary>
    public int ToolCalls { get; private set; }

    /// <summary>True once the model asked for more tool calls than allowed; its answer is then not used.</summary>
    public bool ToolLimitReached { get; private set; }

    /// <summary>The ledger of the question <paramref name="kernel"/> is answering.</summary>
    public static CitationLedger Of(Kernel kernel)
    {
        ArgumentNullException.ThrowIfNull(kernel);
        return kernel.Data.TryGetValue(DataKey, out var value) && value is CitationLedger ledger
            ? ledger
            : throw new InvalidOperationException("The kernel was not prepared for a question (no citation ledger).");
    }

    /// <summary>A copy of <paramref name="kernel"/> for one question, carrying this ledger to the plugins and filters.</summary>
    public Kernel Attach(Kernel kernel)
    {
        ArgumentNullException.ThrowIfNull(kernel);
        var clone = kernel.Clone();
        clone.Data[DataKey] = this;
        return clone;
    }

    /// <summary>The number of <paramref name="passage"/>, given now unless it already has one.</summary>
    public int Number(RetrievedPassage passage)
    {
        ArgumentNullException.ThrowIfNull(passage);
        return Number(_passageNumbers, passage.PassageId, rank => AnswerFactory.ToSource(passage, rank));
    }

    /// <summary>The number of <paramref name="course"/>, given now unless it already has one.</summary>
    public int Number(Course course)
    {
        ArgumentNullException.ThrowIfNull(course);
        return Number(_courseNumbers, course.Id, rank => CourseSource(course, rank));
    }

    /// <summary>The source for the item numbered <paramref name="index"/> + 1, listed as <paramref name="rank"/>.</summary>
    public AnswerSource Source(int index, int rank)
    {
        lock (_lock)
        {
            return _sources[index](rank);
        }
    }

    /// <summary>Counts one tool call; false when it is over <paramref name="limit"/> (the exchange must stop).</summary>
    public bool TryCountToolCall(int limit)
    {
        lock (_lock)
        {
            ToolCalls++;
            ToolLimitReached |= ToolCalls > limit;
            return !ToolLimitReached;
        }
    }

    private int Number(Dictionary<long, int> numbers, long id, Func<int, AnswerSource> source)
    {
        lock (_lock)
        {
            if (!numbers.TryGetValue(id, out var number))
            {
                _sources.Add(source);
                number = _sources.Count;
                numbers[id] = number;
            }

            return number;
        }
    }

    private static AnswerSource CourseSource(Course course, int rank) =>
        new(rank, DocumentId: 0, PassageId: 0, Title: AnswerTexts.CourseCalendarTitle,
            Section: $"{course.Title} ({VietnameseDateFormat.FormatRange(course.StartDate, course.EndDate)})",
            Path: null, Publisher: course.Organiser, Published: null, Score: 0,
            Text: string.Join(" — ", new[] { course.Title, course.Location, course.Audience, course.Notes }.Where(s => !string.IsNullOrWhiteSpace(s))));
}
