using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using PrivacySite.Inquiries.Storage;
using PrivacySite.Intake.Http;
using PrivacySite.Intake.Outbox;

namespace PrivacySite.Intake.Endpoints;

/// <summary>
/// POST /outbox-dispatch: the Functions host's call for the timer function of that name (a custom
/// handler gets every non-HTTP trigger as a POST to /{function} and answers with Outputs, Logs and
/// ReturnValue). It runs one pass of the dispatcher; a store that is down is reported and left to the next tick.
/// </summary>
internal sealed class OutboxTimerEndpoint(OutboxRunner runner, ILogger<OutboxTimerEndpoint> logger)
{
    public const string FunctionName = "outbox-dispatch";

    public async Task<IResult> HandleAsync(CancellationToken cancellationToken)
    {
        string log;
        try
        {
            var done = await runner.RunOnceAsync(cancellationToken);
            log = $"outbox: {done.Count} attempt(s)";
        }
        catch (InquiryStoreUnavailableException e)
        {
            IntakeLog.OutboxStoreUnavailable(logger, e.Message);
            log = "outbox: the store is unavailable";
        }

        return Results.Json(new Dictionary<string, object?> { ["Outputs"] = new Dictionary<string, object>(), ["Logs"] = new[] { log }, ["ReturnValue"] = null });
    }
}
