using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using PrivacySite.Forms.Model;
using PrivacySite.Forms.Routes;
using PrivacySite.Inquiries.Intake;
using PrivacySite.Inquiries.Model;
using PrivacySite.Intake.Desk;
using PrivacySite.Intake.Endpoints;
using PrivacySite.Intake.Http;

namespace PrivacySite.Intake.Hosting;

/// <summary>Maps the intake endpoints and the middleware they need (headers, CORS, rate limit) on a web application.</summary>
public static class IntakeEndpointExtensions
{
    /// <summary>
    /// POST /api/inquiries/request and /complaint, GET /api/inquiries/receipt/{lang}, GET /api/health,
    /// and POST /outbox-dispatch, the timer function's call (outside /api, as the Functions host sends it).
    /// Call after <see cref="IntakeServiceCollectionExtensions.AddInquiryIntake"/>.
    /// </summary>
    public static WebApplication MapInquiryIntake(this WebApplication app)
    {
        app.UseMiddleware<IntakeHeadersMiddleware>();
        app.UseCors();
        app.UseRateLimiter();

        foreach (var kind in InquiryKinds.All)
        {
            app.MapPost(IntakeRoutes.Submit(kind), (HttpContext context, [FromServices] SubmitEndpoint endpoint) => endpoint.HandleAsync(context, kind))
                .RequireRateLimiting(IntakeServiceCollectionExtensions.RateLimitPolicy)
                .RequireCors(IntakeServiceCollectionExtensions.CorsPolicy)
                .DisableAntiforgery();
        }

        app.MapGet(IntakeRoutes.ReceiptPattern, (string lang, [FromQuery(Name = "ref")] string? reference, CancellationToken cancellationToken, [FromServices] ReceiptEndpoint endpoint) =>
            endpoint.HandleAsync(lang, reference, cancellationToken));
        app.MapPost("/" + OutboxTimerEndpoint.FunctionName, (CancellationToken cancellationToken, [FromServices] OutboxTimerEndpoint endpoint) =>
            endpoint.HandleAsync(cancellationToken));
        app.MapGet(IntakeRoutes.Health, (CancellationToken cancellationToken, [FromServices] HealthEndpoint endpoint) =>
            endpoint.HandleAsync(cancellationToken));
        // Every desk address the desk does not map (all of them while it is off) is 404; the Functions host forwards them all here.
        app.MapMethods(DeskRoutes.Fallback, [HttpMethods.Get, HttpMethods.Post], () => Results.NotFound()).DisableAntiforgery();
        if (app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<IntakeOptions>>().Value.Desk is { IsEnabled: true } desk)
        {
            app.MapDesk(desk);
        }

        return app;
    }
}
