using Microsoft.AspNetCore.Http;
using PrivacySite.Content.Model;
using PrivacySite.Forms.Model;
using PrivacySite.Inquiries.Model;
using PrivacySite.Intake.Responses;

namespace PrivacySite.Intake.Endpoints;

/// <summary>
/// GET /api/inquiries/receipt/{lang}?ref=…: the confirmation page. It shows only the reference
/// from the address and looks nothing up, so it reveals nothing about what was stored.
/// </summary>
internal sealed class ReceiptEndpoint(IntakePages pages)
{
    public async Task<IResult> HandleAsync(string lang, string? @ref)
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

        return Results.Content(await pages.ReceiptAsync(reference.Value, language), "text/html; charset=utf-8", System.Text.Encoding.UTF8);
    }
}
