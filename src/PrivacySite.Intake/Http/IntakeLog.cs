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

    [LoggerMessage(7, LogLevel.Information, "Sent {Channel} message '{Template}' of inquiry {Reference} (attempt {Attempt}, {Detail})")]
    public static partial void MessageSent(ILogger logger, string channel, string template, string reference, int attempt, string detail);

    [LoggerMessage(8, LogLevel.Warning, "The {Channel} message '{Template}' of inquiry {Reference} did not go out (attempt {Attempt}, {Detail}); it will be tried again")]
    public static partial void MessageRetrying(ILogger logger, string channel, string template, string reference, int attempt, string detail);

    [LoggerMessage(9, LogLevel.Error, "Gave up the {Channel} message '{Template}' of inquiry {Reference} after {Attempts} attempts ({Detail}); it is recorded in the inquiry's history")]
    public static partial void MessageGaveUp(ILogger logger, string channel, string template, string reference, int attempts, string detail);

    [LoggerMessage(10, LogLevel.Warning, "The outbox could not be read or written; pending messages wait for the next round: {Reason}")]
    public static partial void OutboxStoreUnavailable(ILogger logger, string reason);

    [LoggerMessage(11, LogLevel.Information, "Status page lookup: matched {Matched}")]
    public static partial void StatusLookedUp(ILogger logger, bool matched);

    [LoggerMessage(12, LogLevel.Warning, "Refused a status page post that did not come from the status page")]
    public static partial void StatusRefused(ILogger logger);

    [LoggerMessage(13, LogLevel.Warning, "The documents of a refused {Kind} submission could not be deleted now; the purge deletes them as orphans: {Reason}")]
    public static partial void DocumentsLeftForPurge(ILogger logger, string kind, string reason);
}
