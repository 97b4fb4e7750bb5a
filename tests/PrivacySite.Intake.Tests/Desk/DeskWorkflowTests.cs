using AngleSharp.Html.Parser;
using PrivacySite.Content.Model;
using PrivacySite.Inquiries.Audit;
using PrivacySite.Intake.Desk;
using Microsoft.Extensions.DependencyInjection;

namespace PrivacySite.Intake.Tests.Desk;

/// <summary>
/// The desk's pages and actions over HTTP, signed in through the loopback provider: the inbox (overdue first, filters,
/// counts), the detail page (what the member wrote, the history), workflow steps with their notes, an extension in
/// business days, assignment, export, the audit trail of views and exports, and refusals of forged or cross-site posts.
/// </summary>
public sealed class DeskWorkflowTests(DeskApp desk) : IClassFixture<DeskApp>
{
    private async Task<InquiryRecord> StoredAsync(InquiryRecord record)
    {
        await desk.App.Store.AddAsync(record, [], CancellationToken.None);
        return record;
    }

    private static async Task<string> HtmlAsync(HttpResponseMessage response) => await response.Content.ReadAsStringAsync();

    [Fact]
    public async Task The_inbox_lists_overdue_inquiries_first_with_counts_and_filters_in_Japanese_by_default()
    {
        var later = await StoredAsync(DeskSamples.Record(dueOn: DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30)));
        var overdue = await StoredAsync(DeskSamples.Record(InquiryKind.Complaint, dueOn: DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-3)));
        var client = await desk.SignedInAsync("viewer");

        var page = new HtmlParser().ParseDocument(await HtmlAsync(await client.GetAsync(DeskRoutes.Inbox(Language.Ja))));

        Assert.Equal("ja", page.DocumentElement.GetAttribute("lang"));
        var references = page.QuerySelectorAll("table.desk-table tbody th a").Select(a => a.TextContent).ToList();
        Assert.True(references.IndexOf(overdue.Reference.Value) < references.IndexOf(later.Reference.Value), string.Join(",", references));
        Assert.Contains("期限超過", page.QuerySelector("table.desk-table")!.TextContent);
        Assert.Contains("苦情・相談", page.QuerySelector("table.desk-table")!.TextContent);
        Assert.DoesNotContain("complaint", page.QuerySelector("table.desk-table")!.TextContent);

        var complaints = new HtmlParser().ParseDocument(await HtmlAsync(await client.GetAsync(DeskRoutes.Inbox(Language.En) + "?kind=complaint&status=open")));
        var listed = complaints.QuerySelectorAll("table.desk-table tbody th a").Select(a => a.TextContent).ToList();
        Assert.Contains(overdue.Reference.Value, listed);
        Assert.DoesNotContain(later.Reference.Value, listed);
        Assert.Contains("Complaint or question", complaints.QuerySelector("table.desk-table")!.TextContent);
    }

    [Fact]
    public async Task The_detail_page_shows_what_the_member_wrote_and_each_view_is_in_the_audit_trail()
    {
        var record = await StoredAsync(DeskSamples.Record());
        var client = await desk.SignedInAsync("viewer");

        var response = await client.GetAsync(DeskRoutes.Detail(Language.Ja, record.Reference));
        var html = await HtmlAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("見本 太郎", html);
        Assert.Contains("東京都千代田区見本町一丁目2番3号", html);
        Assert.DoesNotContain("<form method=\"post\" action=\"" + DeskRoutes.Status(Language.Ja, record.Reference), html);
        var trail = await desk.App.Services.GetRequiredService<IAuditTrail>().ReadAsync(CancellationToken.None);
        Assert.Contains(trail, r => r.Action == AuditAction.ViewedDetails && r.Actor == "Viewer Test" && r.References.SequenceEqual([record.Reference.Value]));
    }

    [Fact]
    public async Task A_handler_moves_an_inquiry_on_with_notes_extends_it_in_business_days_and_assigns_it()
    {
        var record = await StoredAsync(DeskSamples.Record(dueOn: new DateOnly(2026, 12, 4)));
        var client = await desk.SignedInAsync("handler");
        var detail = DeskRoutes.Detail(Language.En, record.Reference);
        var token = DeskHtml.Token(await HtmlAsync(await client.GetAsync(detail)));

        // The step e-mails the member, so it is shown first and taken once confirmed.
        var shown = await client.PostAsync(DeskRoutes.Status(Language.En, record.Reference), DeskHtml.Form(token, ("to", "identity-verified"), ("note", "ID checked")));
        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        Assert.Equal(InquiryStatus.Received, (await desk.App.Store.GetAsync(record.Reference, CancellationToken.None))!.Status);
        var step = await client.PostAsync(DeskRoutes.Status(Language.En, record.Reference), DeskHtml.Form(token, ("to", "identity-verified"), ("note", "ID checked"), ("confirmed", "yes")));
        Assert.Equal(HttpStatusCode.SeeOther, step.StatusCode);
        Assert.Contains("The status was changed.", await HtmlAsync(await client.GetAsync(step.Headers.Location!.ToString())));

        var refusal = await client.PostAsync(DeskRoutes.Status(Language.En, record.Reference), DeskHtml.Form(token, ("to", "refused"), ("note", " ")));
        Assert.Equal(HttpStatusCode.BadRequest, refusal.StatusCode);
        Assert.Contains("Give the reason.", await HtmlAsync(refusal));

        var extend = await client.PostAsync(DeskRoutes.Extend(Language.En, record.Reference), DeskHtml.Form(token, ("days", "5"), ("reason", "Records are kept off site")));
        Assert.Equal(HttpStatusCode.SeeOther, extend.StatusCode);
        var badDays = await client.PostAsync(DeskRoutes.Extend(Language.En, record.Reference), DeskHtml.Form(token, ("days", "0"), ("reason", "x")));
        Assert.Equal(HttpStatusCode.BadRequest, badDays.StatusCode);

        var assign = await client.PostAsync(DeskRoutes.Assign(Language.En, record.Reference), DeskHtml.Form(token, ("assignee", "Sato")));
        Assert.Equal(HttpStatusCode.SeeOther, assign.StatusCode);

        var stored = (await desk.App.Store.GetAsync(record.Reference, CancellationToken.None))!;
        Assert.Equal(InquiryStatus.IdentityVerified, stored.Status);
        Assert.Equal("Handler Test", stored.History[1].Actor);
        Assert.Equal("ID checked", stored.History[1].Note);

        // Friday 4 December 2026 plus 5 business days (no holiday in between): Friday 11 December.
        Assert.Equal(new DateOnly(2026, 12, 11), stored.DueOn);
        Assert.Equal("Sato", stored.Assignee);
        var assigned = new HtmlParser().ParseDocument(await HtmlAsync(await client.GetAsync(DeskRoutes.Inbox(Language.En) + "?assignee=Sato")));
        Assert.Contains(record.Reference.Value, assigned.QuerySelector("table.desk-table")!.TextContent);
    }

    [Fact]
    public async Task A_refusal_is_shown_as_the_e_mail_the_member_will_read_with_its_reason_and_taken_only_when_confirmed()
    {
        var record = await StoredAsync(DeskSamples.Record());
        var client = await desk.SignedInAsync("handler");
        var token = DeskHtml.Token(await HtmlAsync(await client.GetAsync(DeskRoutes.Detail(Language.En, record.Reference))));
        const string reason = "ご本人であることを確認できませんでした";

        var shown = await client.PostAsync(DeskRoutes.Status(Language.En, record.Reference), DeskHtml.Form(token, ("to", "refused"), ("note", reason)));

        // The staff page is in English; the e-mail is previewed in the member's language (Japanese), with the reason in it.
        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        var page = new HtmlParser().ParseDocument(await HtmlAsync(shown));
        var preview = page.QuerySelector("section.email-preview")!;
        Assert.Equal("ja", preview.GetAttribute("lang"));
        Assert.Contains(reason, preview.TextContent);
        Assert.Contains(record.Reference.Value, preview.TextContent);
        var confirm = page.QuerySelector("form input[name=confirmed]")!.Closest("form")!;
        Assert.Equal(reason, confirm.QuerySelector("input[name=note]")!.GetAttribute("value"));
        Assert.Equal("refused", confirm.QuerySelector("input[name=to]")!.GetAttribute("value"));
        var before = (await desk.App.Store.GetAsync(record.Reference, CancellationToken.None))!;
        Assert.Equal(InquiryStatus.Received, before.Status);
        Assert.Empty(await desk.App.Store.ForAsync(record.Reference, CancellationToken.None));

        var taken = await client.PostAsync(DeskRoutes.Status(Language.En, record.Reference), DeskHtml.Form(token, ("to", "refused"), ("note", reason), ("confirmed", "yes")));

        Assert.Equal(HttpStatusCode.SeeOther, taken.StatusCode);
        Assert.Equal(InquiryStatus.Refused, (await desk.App.Store.GetAsync(record.Reference, CancellationToken.None))!.Status);
        var email = Assert.Single(await desk.App.Store.ForAsync(record.Reference, CancellationToken.None));
        Assert.Equal("refused", email.Template);
        Assert.Equal(reason, email.Values["reason"]);
    }

    [Fact]
    public async Task The_detail_page_shows_each_e_mail_and_whether_it_was_sent_and_says_when_no_mail_server_is_set_up()
    {
        var record = await StoredAsync(DeskSamples.Record());
        var client = await desk.SignedInAsync("handler");
        var token = DeskHtml.Token(await HtmlAsync(await client.GetAsync(DeskRoutes.Detail(Language.Ja, record.Reference))));
        await client.PostAsync(DeskRoutes.Status(Language.Ja, record.Reference), DeskHtml.Form(token, ("to", "awaiting-documents"), ("note", "保険証の写し"), ("confirmed", "yes")));

        var page = new HtmlParser().ParseDocument(await HtmlAsync(await client.GetAsync(DeskRoutes.Detail(Language.Ja, record.Reference))));

        var rows = page.QuerySelectorAll("table.stack").Last().QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        var row = Assert.Single(rows);
        Assert.Contains("請求者へのメール", row);
        Assert.Contains("書類のお願い", row);
        Assert.Contains("未送信", row);
        Assert.Contains("メールの送信設定がない", page.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task Export_gives_the_command_lines_csv_and_is_recorded_with_every_reference()
    {
        var record = await StoredAsync(DeskSamples.Record());
        var client = await desk.SignedInAsync("handler");
        var token = DeskHtml.Token(await HtmlAsync(await client.GetAsync(DeskRoutes.Inbox(Language.Ja))));

        var export = await client.PostAsync(DeskRoutes.Export(Language.Ja), DeskHtml.Form(token, ("format", "csv")));

        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("text/csv", export.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", export.Content.Headers.ContentDisposition!.DispositionType);
        var bytes = await export.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var rows = Rfc4180.Parse(System.Text.Encoding.UTF8.GetString(bytes[3..]));
        var mine = rows[0].Zip(rows.Single(r => r[0] == record.Reference.Value)).ToDictionary(p => p.First, p => p.Second);

        // The command line's rules: the page's language heads the columns and names the status; phone numbers and postal codes stay text for Excel.
        Assert.Equal("受付", mine["状態"]);
        Assert.Equal("\t" + record.Values["phone"][0], mine[new PrivacySite.Forms.Text.FormText(SampleContent.Content.Forms).Label("phone", Language.Ja)]);
        var english = Rfc4180.Parse(System.Text.Encoding.UTF8.GetString((await (await client.PostAsync(DeskRoutes.Export(Language.En), DeskHtml.Form(token, ("format", "csv")))).Content.ReadAsByteArrayAsync())[3..]));
        Assert.Equal(["reference", "kind", "status"], english[0].Take(3));
        var trail = await desk.App.Services.GetRequiredService<IAuditTrail>().ReadAsync(CancellationToken.None);
        Assert.Contains(trail, r => r.Action == AuditAction.Exported && r.References.Contains(record.Reference.Value));
    }

    [Fact]
    public async Task A_post_without_its_token_or_from_another_site_is_refused_and_changes_nothing()
    {
        var record = await StoredAsync(DeskSamples.Record());
        var client = await desk.SignedInAsync("handler");
        var token = DeskHtml.Token(await HtmlAsync(await client.GetAsync(DeskRoutes.Detail(Language.Ja, record.Reference))));
        var path = DeskRoutes.Status(Language.Ja, record.Reference);

        var noToken = await client.PostAsync(path, new FormUrlEncodedContent([new("to", "identity-verified")]));
        var crossSite = new HttpRequestMessage(HttpMethod.Post, path) { Content = DeskHtml.Form(token, ("to", "identity-verified")) };
        crossSite.Headers.Add("Sec-Fetch-Site", "cross-site");
        var otherOrigin = new HttpRequestMessage(HttpMethod.Post, path) { Content = DeskHtml.Form(token, ("to", "identity-verified")) };
        otherOrigin.Headers.Add("Origin", "https://attacker.example");

        foreach (var response in new[] { noToken, await client.SendAsync(crossSite), await client.SendAsync(otherOrigin) })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("送信できませんでした", await HtmlAsync(response));
        }

        Assert.Equal(InquiryStatus.Received, (await desk.App.Store.GetAsync(record.Reference, CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task Desk_pages_forbid_caching_and_inline_script_and_carry_only_the_reference_in_their_addresses()
    {
        var record = await StoredAsync(DeskSamples.Record());
        var client = await desk.SignedInAsync("admin");

        foreach (var path in new[] { DeskRoutes.Inbox(Language.Ja), DeskRoutes.Detail(Language.En, record.Reference), DeskRoutes.Audit(Language.Ja), DeskRoutes.Purge(Language.En) })
        {
            var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
            var csp = response.Headers.GetValues("Content-Security-Policy").Single();
            Assert.Contains("default-src 'none'", csp);
            Assert.DoesNotContain("unsafe-inline", csp);
            var page = new HtmlParser().ParseDocument(await HtmlAsync(response));
            Assert.Empty(page.QuerySelectorAll("script"));
            foreach (var href in page.QuerySelectorAll("a[href], form[action]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("action")!))
            {
                Assert.DoesNotContain("見本", Uri.UnescapeDataString(href));
                Assert.DoesNotContain("taro@", Uri.UnescapeDataString(href));
            }
        }
    }
}
