using Microsoft.AspNetCore.Http;
using PrivacySite.Content.Model;
using PrivacySite.Inquiries.Audit;
using PrivacySite.Inquiries.Desk;
using PrivacySite.Inquiries.Documents;
using PrivacySite.Inquiries.Model;
using PrivacySite.Inquiries.Storage;
using PrivacySite.Theme.Pages.Desk;

namespace PrivacySite.Intake.Desk;

/// <summary>GET the inbox and GET one inquiry's page; each view of an inquiry's details is recorded in the audit trail first.</summary>
internal sealed class DeskInboxEndpoints(DeskPages pages, InquiryDesk desk, IAuditTrail audit, InboxViewFactory inboxes, DetailViewFactory details, IDocumentStore documents, TimeProvider clock)
{
    public async Task<IResult> InboxAsync(HttpContext context, string lang)
    {
        if (!DeskLanguage.TryParse(lang, out var language))
        {
            return Results.NotFound();
        }

        var criteria = InboxCriteria.From(context.Request.Query);
        var all = await desk.ListAsync(new InquiryQuery(), context.RequestAborted);
        var inbox = inboxes.Build(all, desk, criteria, language);
        var here = DeskRoutes.Inbox(language);
        return await pages.PageAsync<DeskInboxPage>(language, pages.Ui(language)["desk.title"], DeskRoutes.Inbox(language.Other()) + context.Request.QueryString, new()
        {
            [nameof(DeskInboxPage.Chrome)] = pages.Chrome(context, language, here),
            [nameof(DeskInboxPage.Inbox)] = inbox,
        });
    }

    /// <summary>After a stored action (<c>?done=status</c>…) the page says what was done.</summary>
    public Task<IResult> DetailAsync(HttpContext context, string lang, string reference)
    {
        var done = context.Request.Query["done"].ToString();
        var notice = DeskActionEndpoints.Done.Contains(done) && DeskLanguage.TryParse(lang, out var language) ? pages.Ui(language)["desk.done." + done] : null;
        return ShowAsync(context, lang, reference, notice, StatusCodes.Status200OK);
    }

    /// <summary>The inquiry's page with <paramref name="notice"/> (what an action did, or why it was refused) above it.</summary>
    public async Task<IResult> ShowAsync(HttpContext context, string lang, string reference, string? notice, int status)
    {
        if (!DeskLanguage.TryParse(lang, out var language))
        {
            return Results.NotFound();
        }

        if (!ReferenceNumber.TryParse(reference, out var number) || await desk.FindAsync(number.Value, context.RequestAborted) is not { } record)
        {
            return await pages.MessageAsync(context, language, "not_found", StatusCodes.Status404NotFound);
        }

        var user = DeskUser.Of(context.User);
        await audit.AppendAsync(AuditRecord.Of(clock.GetUtcNow(), user.Name, AuditAction.ViewedDetails, [record.Reference]), context.RequestAborted);
        var messages = await desk.MessagesAsync(record.Reference, context.RequestAborted);
        var files = record.Kind != Forms.Model.InquiryKind.Request ? null
            : DocumentSetId.TryParse(record.DocumentSet, out var set) ? await documents.ListAsync(set.Value, context.RequestAborted) : [];
        var view = details.Build(record, messages, desk, language, user.May(DeskRoles.Handle), notice, files);
        var title = string.Format(System.Globalization.CultureInfo.InvariantCulture, pages.Ui(language)["desk.detail.title"], record.Reference.Value);
        return await pages.PageAsync<DeskDetailPage>(language, title, DeskRoutes.Detail(language.Other(), record.Reference), new()
        {
            [nameof(DeskDetailPage.Chrome)] = pages.Chrome(context, language, ""),
            [nameof(DeskDetailPage.Detail)] = view,
        }, status);
    }
}
