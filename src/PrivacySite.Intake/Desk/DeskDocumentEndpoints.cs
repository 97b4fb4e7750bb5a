using Microsoft.AspNetCore.Http;
using PrivacySite.Inquiries.Audit;
using PrivacySite.Inquiries.Desk;
using PrivacySite.Inquiries.Documents;
using PrivacySite.Inquiries.Model;

namespace PrivacySite.Intake.Desk;

/// <summary>
/// GET one identity document of an inquiry (viewers and up): recorded in the audit trail before a byte is sent, then
/// streamed from the document store as a download under the server's name, never cached, never run as a page.
/// </summary>
internal sealed class DeskDocumentEndpoints(DeskPages pages, InquiryDesk desk, IAuditTrail audit, IDocumentStore documents, TimeProvider clock)
{
    public async Task<IResult> OpenAsync(HttpContext context, string lang, string reference, string name)
    {
        if (!DeskLanguage.TryParse(lang, out var language))
        {
            return Results.NotFound();
        }

        if (!ReferenceNumber.TryParse(reference, out var number) || !DocumentName.TryParse(name, out var document)
            || await desk.FindAsync(number.Value, context.RequestAborted) is not { } record
            || !DocumentSetId.TryParse(record.DocumentSet, out var set)
            || await documents.OpenAsync(set.Value, document.Value, context.RequestAborted) is not { } stream)
        {
            return await pages.MessageAsync(context, language, "not_found", StatusCodes.Status404NotFound);
        }

        try
        {
            await audit.AppendAsync(AuditRecord.Of(clock.GetUtcNow(), DeskUser.Of(context.User).Name, AuditAction.OpenedDocument, [record.Reference]), context.RequestAborted);
        }
        catch
        {
            // Not recorded, not shown.
            await stream.DisposeAsync();
            throw;
        }

        context.Response.Headers.CacheControl = "no-store";
        context.Items[Http.IntakeHeadersMiddleware.PolicyItem] = "sandbox; default-src 'none'";
        return Results.Stream(stream, document.Value.ContentType, $"{record.Reference.Value}-{document.Value.Value}");
    }
}
