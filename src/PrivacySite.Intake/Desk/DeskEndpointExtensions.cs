using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using PrivacySite.Content.Model;
using PrivacySite.Intake.Responses;

namespace PrivacySite.Intake.Desk;

/// <summary>
/// Maps the desk's endpoints, each with the policy of its role: reading for viewers and up, actions and export
/// for handlers and admins, the audit trail and the purge for admins. Only the development sign-in is open (and it answers this machine alone).
/// </summary>
internal static class DeskEndpointExtensions
{
    public static void MapDesk(this WebApplication app, DeskOptions options)
    {
        if (options.PublicBaseUrl is { } publicBase)
        {
            app.UseMiddleware<DeskPublicAddress>(new Uri(publicBase));
        }

        app.UseAuthentication();
        app.UseAuthorization();

        app.MapGet(DeskRoutes.Root, () => new SeeOtherResult(DeskRoutes.Inbox(Languages.Default))).RequireAuthorization(DeskRoles.Read);
        app.MapGet(DeskRoutes.InboxPattern, (HttpContext c, string lang, [FromServices] DeskInboxEndpoints e) => e.InboxAsync(c, lang)).RequireAuthorization(DeskRoles.Read);
        app.MapGet(DeskRoutes.ReportsPattern, (HttpContext c, string lang, [FromServices] DeskReportEndpoints e) => e.ReportAsync(c, lang)).RequireAuthorization(DeskRoles.Read);
        app.MapGet(DeskRoutes.DetailPattern, (HttpContext c, string lang, string reference, [FromServices] DeskInboxEndpoints e) => e.DetailAsync(c, lang, reference)).RequireAuthorization(DeskRoles.Read);
        app.MapGet(DeskRoutes.DocumentPattern, (HttpContext c, string lang, string reference, string name, [FromServices] DeskDocumentEndpoints e) => e.OpenAsync(c, lang, reference, name)).RequireAuthorization(DeskRoles.Read);

        Post(app, DeskRoutes.StatusPattern, DeskRoles.Handle, (HttpContext c, string lang, string reference, [FromServices] DeskActionEndpoints e) => e.StatusAsync(c, lang, reference));
        Post(app, DeskRoutes.ExtendPattern, DeskRoles.Handle, (HttpContext c, string lang, string reference, [FromServices] DeskActionEndpoints e) => e.ExtendAsync(c, lang, reference));
        Post(app, DeskRoutes.AssignPattern, DeskRoles.Handle, (HttpContext c, string lang, string reference, [FromServices] DeskActionEndpoints e) => e.AssignAsync(c, lang, reference));
        Post(app, DeskRoutes.ExportPattern, DeskRoles.Handle, (HttpContext c, string lang, [FromServices] DeskExportEndpoints e) => e.ExportAsync(c, lang));

        app.MapGet(DeskRoutes.AuditPattern, (HttpContext c, string lang, [FromServices] DeskExportEndpoints e) => e.AuditAsync(c, lang)).RequireAuthorization(DeskRoles.Administer);
        Post(app, DeskRoutes.AuditExportPattern, DeskRoles.Administer, (HttpContext c, string lang, [FromServices] DeskExportEndpoints e) => e.AuditExportAsync(c, lang));
        app.MapGet(DeskRoutes.PurgePattern, (HttpContext c, string lang, [FromServices] DeskPurgeEndpoints e) => e.DryRunAsync(c, lang)).RequireAuthorization(DeskRoles.Administer);
        Post(app, DeskRoutes.PurgePattern, DeskRoles.Administer, (HttpContext c, string lang, [FromServices] DeskPurgeEndpoints e) => e.ConfirmAsync(c, lang));

        // Anyone signed in may sign out, with a desk role or without.
        app.MapPost(DeskRoutes.SignOut, (HttpContext c, [FromServices] DeskSessionEndpoints e) => e.SignOutAsync(c)).RequireAuthorization().DisableAntiforgery();
        if (options.DevelopmentSignIn)
        {
            app.MapGet(DeskRoutes.DevSignIn, (HttpContext c, [FromServices] DeskSessionEndpoints e) => e.DevSignInPageAsync(c)).AllowAnonymous();
            app.MapPost(DeskRoutes.DevSignIn, (HttpContext c, [FromServices] DeskSessionEndpoints e) => e.DevSignInAsync(c)).AllowAnonymous().DisableAntiforgery();
        }
    }

    // Antiforgery is checked by the endpoint itself (DeskForms), together with the same-origin check, so a refusal is the desk's 400 page.
    private static void Post(WebApplication app, string pattern, string policy, Delegate handler) =>
        app.MapPost(pattern, handler).RequireAuthorization(policy).DisableAntiforgery();
}
