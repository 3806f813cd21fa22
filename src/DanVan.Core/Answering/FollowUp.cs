namespace DanVan.Core.Answering;

/// <summary>Completes a follow-up question with the earlier one's terms, so "còn năm 2022 thì sao?" keeps its subject.</summary>
public static class FollowUp
{
    public static string Combine(string previousQuestion, string question) => previousQuestion.Trim() + " " + question.Trim();
}
