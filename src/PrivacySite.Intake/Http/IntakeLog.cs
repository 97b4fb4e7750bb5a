using Microsoft.Extensions.Logging;

namespace PrivacySite.Intake.Http;

/// <summary>
/// Every line the service logs. None takes a submitted value: only kinds, reference numbers,
/// error codes and exception types, so the logs hold no personal data.
/// </summary>
internal static partial class IntakeLog
{
    [LoggerMessage(1, LogLevel.Information, "Stored {Kind} inquiry {Reference} (repeat of an earlier post: {Replayed})")]
    public static partial void Stored(ILogger logger, string kind, string reference, bool replayed);

    [LoggerMessage(2, LogLevel.Information, "Refused a {Kind} submission with status {Status}: {Codes}")]
    public static partial void Refused(ILogger logger, string kind, int status, string codes);

    [LoggerMessage(3, LogLevel.Information, "Discarded a {Kind} submission that filled in the honeypot field")]
    public static partial void Discarded(ILogger logger, string kind);

    [LoggerMessage(4, LogLevel.Warning, "The inquiry store is unavailable; answered 503 for a {Kind} submission: {Reason}")]
    public static partial void StoreUnavailable(ILogger logger, string kind, string reason);

    [LoggerMessage(5, LogLevel.Error, "Unhandled {ExceptionType} at {Site} while answering {Path}")]
    public static partial void Unhandled(ILogger logger, string exceptionType, string site, string path);

    [LoggerMessage(6, LogLevel.Warning, "The inquiry store did not answer the health check")]
    public static partial void HealthFailed(ILogger logger);

    [LoggerMessage(7, LogLevel.Information, "Announced inquiry {Reference} to the webhook (attempt {Attempt})")]
    public static partial void NotificationSent(ILogger logger, string reference, int attempt);

    [LoggerMessage(8, LogLevel.Warning, "The webhook did not take the announcement of inquiry {Reference} (attempt {Attempt}, status {Status}); trying again in {Seconds} s")]
    public static partial void NotificationRetrying(ILogger logger, string reference, int attempt, int status, double seconds);

    [LoggerMessage(9, LogLevel.Error, "Gave up announcing inquiry {Reference} after {Attempts} attempts (last status {Status}); it is stored: see privacysite inquiries list")]
    public static partial void NotificationGaveUp(ILogger logger, string reference, int attempts, int status);

    [LoggerMessage(10, LogLevel.Error, "The webhook refused the announcement of inquiry {Reference} with status {Status}: check Intake__Webhook__Url")]
    public static partial void NotificationRefused(ILogger logger, string reference, int status);

    [LoggerMessage(11, LogLevel.Warning, "The notification queue is full; inquiry {Reference} is stored but was not announced")]
    public static partial void NotificationDropped(ILogger logger, string reference);
}
