using System.Globalization;
using Microsoft.AspNetCore.Http;
using PrivacySite.Content.Model;
using PrivacySite.Inquiries.Audit;
using PrivacySite.Inquiries.Desk;
using PrivacySite.Inquiries.Documents;
using PrivacySite.Theme.Pages.Desk;
using PrivacySite.Theme.ViewModels.Desk;

namespace PrivacySite.Intake.Desk;

/// <summary>
/// The purge (admins): GET lists the closed inquiries past retention (<c>?older_than=3y</c>, default 3 years) without
/// deleting anything; POST with the confirmation ticked deletes those same ones, recorded in the audit trail. The same
/// post deletes the identity documents past their own retention (Intake:Desk:DocumentRetentionDays after identity was
/// verified or the inquiry closed) and the orphan sets of failed submissions, the inquiries staying.
/// </summary>
internal sealed class DeskPurgeEndpoints(DeskPages pages, DeskForms forms, InquiryDesk desk, IAuditTrail audit, InboxViewFactory rows, DocumentRetention documents,
    Microsoft.Extensions.Options.IOptions<Hosting.IntakeOptions> options, TimeProvider clock)
{
    public const string DefaultRetention = "3y";

    public async Task<IResult> DryRunAsync(HttpContext context, string lang)
    {
        if (!DeskLanguage.TryParse(lang, out var language))
        {
            return Results.NotFound();
        }

        return await PageAsync(context, language, Period(context.Request.Query["older_than"]), done: null);
    }

    public async Task<IResult> ConfirmAsync(HttpContext context, string lang)
    {
        if (!DeskLanguage.TryParse(lang, out var language))
        {
            return Results.NotFound();
        }

        if (await forms.ReadAsync(context) is not { } form || form["confirm"] != "yes")
        {
            return await pages.MessageAsync(context, language, "bad_request", StatusCodes.Status400BadRequest);
        }

        var period = Period(form["older_than"]);
        var due = await desk.PastRetentionAsync(period, context.RequestAborted);
        var deleted = await desk.DeleteAsync(due, context.RequestAborted);
        var served = await documents.DeleteAsync(await documents.DueAsync(options.Value.Desk.DocumentRetentionDays, context.RequestAborted), context.RequestAborted);
        await documents.DeleteOrphansAsync(await documents.OrphansAsync(DocumentRetention.OrphanGrace, context.RequestAborted), context.RequestAborted);
        await audit.AppendAsync(AuditRecord.Of(clock.GetUtcNow(), DeskUser.Of(context.User).Name, AuditAction.Purged, deleted.Concat(served).Select(r => r.Reference)), context.RequestAborted);
        var done = string.Format(CultureInfo.InvariantCulture, pages.Ui(language)["desk.purge.done"], deleted.Count);
        return await PageAsync(context, language, period, done);
    }

    private async Task<IResult> PageAsync(HttpContext context, Language language, RetentionPeriod period, string? done)
    {
        var due = await desk.PastRetentionAsync(period, context.RequestAborted);
        var view = new PurgeView(period.ToString(), [.. due.Select(r => rows.Row(r, desk, language))], DeskRoutes.Purge(language), done);
        return await pages.PageAsync<DeskPurgePage>(language, pages.Ui(language)["desk.purge.title"], DeskRoutes.Purge(language.Other()), new()
        {
            [nameof(DeskPurgePage.Chrome)] = pages.Chrome(context, language, DeskRoutes.Purge(language)),
            [nameof(DeskPurgePage.Purge)] = view,
        });
    }

    private static RetentionPeriod Period(string? text) =>
        RetentionPeriod.TryParse(text, out var period) ? period.Value : RetentionPeriod.TryParse(DefaultRetention, out var fallback) ? fallback.Value : default;
}
