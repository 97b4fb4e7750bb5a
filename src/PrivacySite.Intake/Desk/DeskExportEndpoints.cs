using Microsoft.AspNetCore.Http;
using PrivacySite.Content.Model;
using PrivacySite.Inquiries.Audit;
using PrivacySite.Inquiries.Desk;
using PrivacySite.Inquiries.Export;
using PrivacySite.Inquiries.Storage;
using PrivacySite.Theme.Pages.Desk;
using PrivacySite.Theme.ViewModels.Desk;

namespace PrivacySite.Intake.Desk;

/// <summary>
/// POST export (handlers and admins): every inquiry as CSV or JSON, written by the command line's own exporter (CSV headers in the page's language);
/// GET the audit trail and POST its export (admins). Each export is recorded in the audit trail before it is sent.
/// </summary>
internal sealed class DeskExportEndpoints(DeskPages pages, DeskForms forms, InquiryDesk desk, IAuditTrail audit, TimeProvider clock, ContentSet content)
{
    public async Task<IResult> ExportAsync(HttpContext context, string lang)
    {
        if (!DeskLanguage.TryParse(lang, out var language))
        {
            return Results.NotFound();
        }

        if (await forms.ReadAsync(context) is not { } form || form["format"].ToString() is not ("csv" or "json") || form["format"].ToString() is not { } format)
        {
            return await pages.MessageAsync(context, language, "bad_request", StatusCodes.Status400BadRequest);
        }

        var records = (await desk.ListAsync(new InquiryQuery(), context.RequestAborted)).OrderBy(r => r.ReceivedAt).ToList();
        await audit.AppendAsync(AuditRecord.Of(clock.GetUtcNow(), DeskUser.Of(context.User).Name, AuditAction.Exported, records.Select(r => r.Reference)), context.RequestAborted);
        var rows = records.Select(ExportRow.From).ToList();
        var body = new MemoryStream();
        if (format == "json")
        {
            InquiryExporter.WriteJson(rows, body);
        }
        else
        {
            InquiryExporter.WriteCsv(rows, body, CsvLabels.For(content, language));
        }

        return Download(body, format == "json" ? "application/json" : "text/csv; charset=utf-8", $"inquiries-{Stamp()}.{format}");
    }

    public async Task<IResult> AuditAsync(HttpContext context, string lang)
    {
        if (!DeskLanguage.TryParse(lang, out var language))
        {
            return Results.NotFound();
        }

        var ui = pages.Ui(language);
        var records = await audit.ReadAsync(context.RequestAborted);
        var view = new AuditView(
            [.. records.Select(r => new AuditRow(DeskTimes.Time(r.At), r.Actor, ui["desk.audit.actions." + r.Action.Name().Replace('-', '_')], string.Join(' ', r.References)))],
            DeskRoutes.AuditExport(language));
        return await pages.PageAsync<DeskAuditPage>(language, ui["desk.audit.title"], DeskRoutes.Audit(language.Other()), new()
        {
            [nameof(DeskAuditPage.Chrome)] = pages.Chrome(context, language, DeskRoutes.Audit(language)),
            [nameof(DeskAuditPage.Audit)] = view,
        });
    }

    public async Task<IResult> AuditExportAsync(HttpContext context, string lang)
    {
        if (!DeskLanguage.TryParse(lang, out var language))
        {
            return Results.NotFound();
        }

        if (await forms.ReadAsync(context) is null)
        {
            return await pages.MessageAsync(context, language, "bad_request", StatusCodes.Status400BadRequest);
        }

        var records = await audit.ReadAsync(context.RequestAborted);
        await audit.AppendAsync(AuditRecord.Of(clock.GetUtcNow(), DeskUser.Of(context.User).Name, AuditAction.ExportedAuditTrail, []), context.RequestAborted);
        var body = new MemoryStream();
        AuditExporter.WriteCsv(records, body);
        return Download(body, "text/csv; charset=utf-8", $"audit-{Stamp()}.csv");
    }

    private string Stamp() => Content.Model.Calendar.JapanTime.From(clock.GetUtcNow()).ToString("yyyyMMdd-HHmm", System.Globalization.CultureInfo.InvariantCulture);

    private static IResult Download(MemoryStream body, string contentType, string fileName)
    {
        body.Position = 0;
        return Results.File(body, contentType, fileName);
    }
}
