namespace DanVan.Core.Text;

/// <summary>
/// The JSON shape of <c>spokenNumbers</c> in <c>words.json</c> (and an admin's <c>lexicon.local.json</c>): the words
/// of numbers said aloud and the words after which a question says a year or an ordinal in them.
/// </summary>
public sealed class SpokenNumberData
{
    /// <summary>A digit's words ("không", "hai", "tư", "lăm") → its value.</summary>
    public Dictionary<string, int> Digits { get; set; } = [];

    /// <summary>Digits said only after ten or tens ("lăm", "mốt"), never alone.</summary>
    public List<string> UnitsOnly { get; set; } = [];

    /// <summary>Digit words a question typed without diacritics may give as an ordinal ("hai", "ba"; not "sau", "tu").</summary>
    public List<string> PlainOrdinals { get; set; } = [];

    /// <summary>The word for ten at the head of a pair of digits ("mười").</summary>
    public List<string> Ten { get; set; } = [];

    /// <summary>The word for tens after a digit ("mươi").</summary>
    public List<string> Tens { get; set; } = [];

    /// <summary>Hundred ("trăm").</summary>
    public List<string> Hundred { get; set; } = [];

    /// <summary>Thousand ("nghìn", "ngàn").</summary>
    public List<string> Thousand { get; set; } = [];

    /// <summary>Words a year follows ("năm").</summary>
    public List<string> YearLeads { get; set; } = [];

    /// <summary>Words a small ordinal follows ("đợt", "lần thứ", "đại hội").</summary>
    public List<string> OrdinalLeads { get; set; } = [];

    /// <summary>Words the materials number in Roman numerals ("Đại hội XIII", "khóa XII").</summary>
    public List<string> RomanLeads { get; set; } = [];
}
