using Microsoft.AspNetCore.Http;
using PrivacySite.Content.Model;
using PrivacySite.Inquiries.Desk;
using PrivacySite.Inquiries.Reports;
using PrivacySite.Inquiries.Storage;
using PrivacySite.Theme.Pages.Desk;

namespace PrivacySite.Intake.Desk;

/// <summary>GET the monthly report (viewers and up): the last twelve months in Japan, counted by the inquiries' own clock. It shows counts only, no member's details.</summary>
internal sealed class DeskReportEndpoints(DeskPages pages, InquiryDesk desk, ReportViewFactory reports)
{
    public const int Months = 12;

    public async Task<IResult> ReportAsync(HttpContext context, string lang)
    {
        if (!DeskLanguage.TryParse(lang, out var language))
        {
            return Results.NotFound();
        }

        var all = await desk.ListAsync(new InquiryQuery(), context.RequestAborted);
        var report = new InquiryReporter(desk.Clock).Report(all, desk.Today, Months);
        return await pages.PageAsync<DeskReportPage>(language, pages.Ui(language)["desk.reports.title"], DeskRoutes.Reports(language.Other()), new()
        {
            [nameof(DeskReportPage.Chrome)] = pages.Chrome(context, language, DeskRoutes.Reports(language)),
            [nameof(DeskReportPage.Report)] = reports.Build(report, language),
        });
    }
}
