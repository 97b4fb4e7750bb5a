using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using PrivacySite.Inquiries.Storage;
using PrivacySite.Intake.Http;

namespace PrivacySite.Intake.Endpoints;

/// <summary>GET /api/health: 200 when the store answers, 503 when it does not; the body names the kind of store.</summary>
internal sealed class HealthEndpoint(IInquiryStore store, ILogger<HealthEndpoint> logger)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public async Task<IResult> HandleAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        bool reachable;
        try
        {
            reachable = await store.PingAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            reachable = false;
        }

        if (!reachable)
        {
            IntakeLog.HealthFailed(logger);
        }

        return Results.Json(
            new { status = reachable ? "ok" : "unavailable", store = store.Name },
            statusCode: reachable ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }
}
