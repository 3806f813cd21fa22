using System.Diagnostics.Metrics;

namespace DanVan.Bot.Observability;

/// <summary>
/// The bot's own metrics on <see cref="System.Diagnostics.Metrics"/> (meter <see cref="MeterName"/>), exported at /metrics
/// in Prometheus format when the bot listens on HTTP. Instruments are created once through <see cref="IMeterFactory"/>.
/// </summary>
public sealed class BotMetrics
{
    /// <summary>The meter every instrument below belongs to.</summary>
    public const string MeterName = "DanVan.Bot";

    private readonly Counter<long> _questions;
    private readonly Histogram<double> _answerDuration;
    private readonly Counter<long> _apiErrors;
    private readonly Counter<long> _apiRetries;
    private readonly Counter<long> _uploads;
    private readonly Counter<long> _passages;
    private readonly Counter<long> _digests;

    public BotMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        _questions = meter.CreateCounter<long>("danvan.questions", "{question}", "Questions answered in chats, by outcome (answered, related, none).");
        _answerDuration = meter.CreateHistogram<double>("danvan.answer.duration", "s", "Time from a question to its answer being sent.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30] });
        _apiErrors = meter.CreateCounter<long>("danvan.telegram.errors", "{error}", "Failed Bot API attempts, by method and error code (0: timeout or connection error).");
        _apiRetries = meter.CreateCounter<long>("danvan.telegram.retries", "{retry}", "Bot API requests sent again after a transient failure, by method.");
        _uploads = meter.CreateCounter<long>("danvan.uploads", "{document}", "Documents sent by admins, by result (added, updated, unchanged, rejected, failed, too_large).");
        _passages = meter.CreateCounter<long>("danvan.passages.ingested", "{passage}", "Passages indexed from uploaded documents.");
        _digests = meter.CreateCounter<long>("danvan.digests.sent", "{message}", "Daily course digests delivered.");
    }

    /// <summary>One question answered; <paramref name="outcome"/> is the answer's outcome name, e.g. "answered".</summary>
    public void QuestionAnswered(string outcome, TimeSpan elapsed)
    {
        _questions.Add(1, new KeyValuePair<string, object?>("outcome", outcome));
        _answerDuration.Record(elapsed.TotalSeconds);
    }

    public void BotApiError(string method, int errorCode) =>
        _apiErrors.Add(1, new KeyValuePair<string, object?>("method", method), new KeyValuePair<string, object?>("code", errorCode));

    public void BotApiRetry(string method) => _apiRetries.Add(1, new KeyValuePair<string, object?>("method", method));

    public void Upload(string result, int passages)
    {
        _uploads.Add(1, new KeyValuePair<string, object?>("result", result));
        if (passages > 0)
        {
            _passages.Add(passages);
        }
    }

    public void DigestSent() => _digests.Add(1);
}
