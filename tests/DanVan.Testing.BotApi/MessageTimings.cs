namespace DanVan.Testing.BotApi;

/// <summary>
/// Per answered message, milliseconds from enqueue to the reply and from first delivery to the reply; and the
/// timestamps (<see cref="System.Diagnostics.Stopwatch.GetTimestamp"/>) of the first enqueue and the last answer.
/// </summary>
public sealed record MessageTimings(IReadOnlyList<double> FromEnqueue, IReadOnlyList<double> FromDelivery, long FirstEnqueued, long LastAnswered);
