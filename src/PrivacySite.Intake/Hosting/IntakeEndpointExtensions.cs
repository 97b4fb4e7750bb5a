using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using PrivacySite.Content.Model;
using PrivacySite.Content.Model.Forms;
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
    /// POST /api/inquiries/request and /complaint, GET /api/inquiries/receipt/{lang} (and POST, the form script's
    /// hand-over of the status code), GET and POST /api/inquiries/status/{lang}, GET /api/health,
    /// and POST /outbox-dispatch, the timer function's call (outside /api, as the Functions host sends it).
    /// The submissions and receipts are mapped only when the desk offers the online channel
    /// (<see cref="FormAddresses.Offered"/>): without it there is no form, and a post to one is 404.
    /// Call after <see cref="IntakeServiceCollectionExtensions.AddInquiryIntake"/>.
    /// </summary>
    public static WebApplication MapInquiryIntake(this WebApplication app)
    {
        app.UseMiddleware<IntakeHeadersMiddleware>();
        app.UseCors();
        app.UseRateLimiter();

        var online = FormAddresses.Offered(app.Services.GetRequiredService<ContentSet>());
        foreach (var kind in online ? InquiryKinds.All : [])
        {
            app.MapPost(IntakeRoutes.Submit(kind), (HttpContext context, [FromServices] SubmitEndpoint endpoint) => endpoint.HandleAsync(context, kind))
                .RequireRateLimiting(IntakeServiceCollectionExtensions.RateLimitPolicy)
                .RequireCors(IntakeServiceCollectionExtensions.CorsPolicy)
                .DisableAntiforgery();
        }

        if (online)
        {
            // The receipt and the status page serve what the online forms sent: without the forms, neither exists.
            app.MapGet(IntakeRoutes.ReceiptPattern, (HttpContext context, string lang, [FromQuery(Name = "ref")] string? reference, CancellationToken cancellationToken, [FromServices] ReceiptEndpoint endpoint) =>
                endpoint.HandleAsync(context, lang, reference, cancellationToken));
            app.MapPost(IntakeRoutes.ReceiptPattern, (HttpContext context, string lang, [FromServices] ReceiptEndpoint endpoint) =>
                endpoint.HandOverAsync(context, lang))
                .RequireRateLimiting(IntakeServiceCollectionExtensions.StatusRateLimitPolicy)
                .DisableAntiforgery();
            app.MapGet(IntakeRoutes.StatusPattern, (HttpContext context, string lang, [FromServices] StatusEndpoint endpoint) =>
                endpoint.ShowAsync(context, lang));
            app.MapPost(IntakeRoutes.StatusPattern, (HttpContext context, string lang, [FromServices] StatusEndpoint endpoint) =>
                endpoint.LookUpAsync(context, lang))
                .RequireRateLimiting(IntakeServiceCollectionExtensions.StatusRateLimitPolicy)
                .DisableAntiforgery();
        }

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
