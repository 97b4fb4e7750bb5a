using Microsoft.AspNetCore.Http;
using PrivacySite.Content.Model;
using PrivacySite.Content.Model.Calendar;
using PrivacySite.Forms.Fields;
using PrivacySite.Forms.Model;
using PrivacySite.Forms.Views;
using PrivacySite.Inquiries.Model;
using PrivacySite.Inquiries.Outbox;
using PrivacySite.Inquiries.Storage;
using PrivacySite.Intake.Responses;

namespace PrivacySite.Intake.Endpoints;

/// <summary>
/// GET /api/inquiries/receipt/{lang}?ref=…: the confirmation page. Only the reference travels in the
/// address; for the first <see cref="Fresh"/> after sending, the page shows what the store knows of the
/// inquiry that is no one's typing (when it arrived, when it is due, the requester and request kinds
/// chosen, whether an acknowledgement e-mail is on its way). After that, or if the store cannot say (down,
/// or no such reference), it shows what is true of every inquiry of the kind, and says nothing either way:
/// the reference alone, which may be written down or forwarded, never tells what a member asked for later.
/// </summary>
internal sealed class ReceiptEndpoint(IntakePages pages, IInquiryStore store, TimeProvider clock)
{
    /// <summary>Long enough to print or save the receipt after sending; the status page (with its secret code) is for later.</summary>
    public static readonly TimeSpan Fresh = TimeSpan.FromHours(1);

    public async Task<IResult> HandleAsync(string lang, string? @ref, CancellationToken cancellationToken)
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

        var facts = await FactsAsync(reference.Value, cancellationToken);
        return Results.Content(await pages.ReceiptAsync(reference.Value, language, facts), "text/html; charset=utf-8", System.Text.Encoding.UTF8);
    }

    private async Task<ReceiptFacts?> FactsAsync(ReferenceNumber reference, CancellationToken cancellationToken)
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
            MessagePlan.MemberAddress(record) is not null);
    }
}
