namespace DanVan.Core.Questions;

/// <summary>Questions asked on one local day.</summary>
public sealed record DailyQuestions(DateOnly Day, int Count);
