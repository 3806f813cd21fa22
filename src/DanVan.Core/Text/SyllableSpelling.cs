namespace DanVan.Core.Text;

/// <summary>
/// One way a folded syllable is written: <see cref="Folded"/> as the tokenizer gives it ("doi") and the spelling key of
/// the written form (<see cref="VietnameseText.SpellingKey"/>: "đội", "đổi" and "đời" differ; "hoà" and "hòa" do not).
/// </summary>
public readonly record struct SyllableSpelling(string Folded, string Key);
