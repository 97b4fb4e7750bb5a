using System.Globalization;
using AngleSharp.Html.Parser;
using PrivacySite.Content.Model;
using PrivacySite.Content.Model.Calendar;
using PrivacySite.Intake.Desk;

namespace PrivacySite.Intake.Tests.Desk;

/// <summary>
/// The desk's monthly report over HTTP, signed in as a viewer through the loopback provider: this month's row counts what the
/// store holds, the chart is SVG drawn on the server with a title and description (no script, no inline style), in both languages.
/// </summary>
public sealed class DeskReportTests(DeskApp desk) : IClassFixture<DeskApp>
{
    [Fact]
    public async Task This_months_row_counts_the_stored_inquiries_in_a_table_and_a_server_drawn_chart_in_both_languages()
    {
        var now = DateTimeOffset.UtcNow;
        var today = JapanTime.DateOf(now);
        await desk.App.Store.AddAsync(DeskSamples.Record(receivedAt: now, dueOn: today.AddDays(-1)), [], CancellationToken.None);
        await desk.App.Store.AddAsync(DeskSamples.Record(receivedAt: now, dueOn: today.AddDays(10)), [], CancellationToken.None);
        await desk.App.Store.AddAsync(DeskSamples.Record(InquiryKind.Complaint, receivedAt: now, dueOn: today.AddDays(10)), [], CancellationToken.None);
        var client = await desk.SignedInAsync("viewer");

        var response = await client.GetAsync(DeskRoutes.Reports(Language.En));
        var html = await response.Content.ReadAsStringAsync();
        var page = new HtmlParser().ParseDocument(html);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" style=", html, StringComparison.OrdinalIgnoreCase);
        var rows = page.QuerySelectorAll("table.report-table tbody tr");
        Assert.Equal(DeskReportEndpoints.Months, rows.Length);
        var thisMonth = rows[^1];
        Assert.Equal(today.ToString("yyyy-MM", CultureInfo.InvariantCulture), thisMonth.QuerySelector("th")!.TextContent);
        Assert.Equal(["2", "1", "0", "0", "-", "1"], thisMonth.QuerySelectorAll("td").Select(td => td.TextContent));
        Assert.Contains("Inquiries past their due date now: 1", page.QuerySelector("main")!.TextContent);

        var chart = page.QuerySelector("figure.report-chart svg")!;
        Assert.Equal("img", chart.GetAttribute("role"));
        Assert.Equal("Inquiries received per month, by kind", chart.QuerySelector("title")!.TextContent);
        Assert.Equal(2 + (2 * DeskReportEndpoints.Months), chart.QuerySelectorAll("rect").Length);
        Assert.Contains(page.QuerySelectorAll("nav a"), a => a.GetAttribute("href") == DeskRoutes.Reports(Language.En) && a.GetAttribute("aria-current") == "page");

        var japanese = new HtmlParser().ParseDocument(await client.GetStringAsync(DeskRoutes.Reports(Language.Ja)));
        Assert.Equal("ja", japanese.DocumentElement.GetAttribute("lang"));
        Assert.Equal($"{today.Year}年{today.Month}月", japanese.QuerySelectorAll("table.report-table tbody tr")[^1].QuerySelector("th")!.TextContent);
        Assert.Equal("月ごとの受付件数（種類別）", japanese.QuerySelector("figure.report-chart svg title")!.TextContent);
        Assert.Contains("開示等の請求", japanese.QuerySelector("figure.report-chart svg")!.TextContent);
    }

    [Fact]
    public async Task The_report_shows_no_members_details_and_records_no_view_of_them()
    {
        var record = DeskSamples.Record(receivedAt: DateTimeOffset.UtcNow);
        await desk.App.Store.AddAsync(record, [], CancellationToken.None);
        var client = await desk.SignedInAsync("viewer");

        var html = await client.GetStringAsync(DeskRoutes.Reports(Language.Ja));

        Assert.DoesNotContain(record.Reference.Value, html);
        Assert.DoesNotContain(record.Values["name"][0], html);
    }
}
