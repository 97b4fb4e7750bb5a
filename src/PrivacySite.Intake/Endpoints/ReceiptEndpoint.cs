using Microsoft.AspNetCore.Http;
using PrivacySite.Content.Model;
using PrivacySite.Content.Model.Calendar;
using PrivacySite.Forms.Fields;
using PrivacySite.Forms.Model;
using PrivacySite.Forms.Views;
using PrivacySite.Inquiries.Model;
using PrivacySite.Inquiries.Outbox;
using PrivacySite.Inquiries.Storage;
using PrivacySite.Forms.Routes;
using PrivacySite.Intake.Hosting;
using PrivacySite.Intake.Http;
using PrivacySite.Intake.Responses;

namespace PrivacySite.Intake.Endpoints;

/// <summary>
/// GET /api/inquiries/receipt/{lang}?ref=…: the confirmation page. Only the reference travels in the
/// address; for the first <see cref="Fresh"/> after sending, the page shows what the store knows of the
/// inquiry that is no one's typing (when it arrived, when it is due, the requester and request kinds
/// chosen, whether an acknowledgement e-mail is on its way). After that, or if the store cannot say (down,
/// or no such reference), it shows what is true of every inquiry of the kind, and says nothing either way:
/// the reference alone, which may be written down or forwarded, never tells what a member asked for later.
/// In that hour it also shows the status page's code, which only the sender's browser holds (<see cref="ReceiptCodeCookie"/>):
/// set by the form post's redirect, or, after a post by the form's script, by <see cref="HandOverAsync"/>.
/// </summary>
internal sealed class ReceiptEndpoint(IntakePages pages, IInquiryStore store, TimeProvider clock, ServiceAddress address)
{
    /// <summary>Long enough to print or save the receipt after sending; the status page (with its secret code) is for later.</summary>
    public static readonly TimeSpan Fresh = TimeSpan.FromHours(1);

    public async Task<IResult> HandleAsync(HttpContext context, string lang, string? @ref, CancellationToken cancellationToken)
    {
        if (!Languages.TryParse(lang, out var language) || lang != language.Code())
        {
            return Results.NotFound();
        }

        if (!ReferenceNumber.TryParse(@ref, out var reference))
        {
            var html = await pages.MessageAsync(pages.Text.Pages.InvalidReference, language, InquiryKind.Request);
            return Results.Content(html, "text/html; charset=utf-8", System.Text.Encoding.UTF8, StatusCodes.Status404NotFound);
        }

        var facts = await FactsAsync(reference.Value, ReceiptCodeCookie.Read(context.Request, reference.Value), cancellationToken);
        return Results.Content(await pages.ReceiptAsync(reference.Value, language, facts), "text/html; charset=utf-8", System.Text.Encoding.UTF8);
    }

    /// <summary>
    /// POST /api/inquiries/receipt/{lang} with the reference and code the JSON answer gave the form's script:
    /// keeps the code in the receipt's cookie (a top-level post, so the browser keeps it as the service's own)
    /// and sends the browser on to the receipt. A code that is not the reference's is simply never shown.
    /// </summary>
    public async Task<IResult> HandOverAsync(HttpContext context, string lang)
    {
        if (!Languages.TryParse(lang, out var language) || lang != language.Code())
        {
            return Results.NotFound();
        }

        var read = await SubmissionReader.ReadAsync(context.Request, context.RequestAborted);
        if (read.Form is not { } form || !ReferenceNumber.TryParse(form.First(StatusEndpoint.ReferenceField), out var reference))
        {
            var html = await pages.MessageAsync(pages.Text.Pages.InvalidReference, language, InquiryKind.Request);
            return Results.Content(html, "text/html; charset=utf-8", System.Text.Encoding.UTF8, StatusCodes.Status400BadRequest);
        }

        if (StatusCode.TryParse(form.First(StatusEndpoint.CodeField), out var code))
        {
            ReceiptCodeCookie.Set(context, reference.Value, code.Value, address.IsHttps);
        }

        return new SeeOtherResult(context.Request.PathBase + IntakeRoutes.Receipt(reference.Value.Value, language));
    }

    private async Task<ReceiptFacts?> FactsAsync(ReferenceNumber reference, StatusCode? code, CancellationToken cancellationToken)
    {
        InquiryRecord? record;
        try
        {
            record = await store.GetAsync(reference, cancellationToken);
        }
        catch (InquiryStoreUnavailableException)
        {
            return null;
        }

        return record is null || record.ReceivedAt < clock.GetUtcNow() - Fresh ? null : new ReceiptFacts(
            JapanTime.From(record.ReceivedAt).DateTime,
            record.DueOn,
            record.Values.GetValueOrDefault(InquiryForms.RequesterField)?.FirstOrDefault(),
            [.. InquiryForms.ProceduresAskedFor(record.Values)],
            MessagePlan.MemberAddress(record) is not null,
            code is { } held && held.Matches(reference, record.StatusCodeHash) ? held.Value : null);
    }
}
