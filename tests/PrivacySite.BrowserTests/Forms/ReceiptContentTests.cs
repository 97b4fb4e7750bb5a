using System.Text;
using System.Text.RegularExpressions;

namespace PrivacySite.BrowserTests.Forms;

/// <summary>
/// What a receipt says after a real submission: when it was received (Japan time), the kind and the
/// request kinds chosen, the date an answer is due, that no e-mail was sent, and next steps only for
/// the requester and procedures chosen; printed to PDF by Chromium, it fits one A4 page in both languages.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed partial class ReceiptContentTests(SiteFixture site)
{
    [Theory]
    [InlineData(Language.Ja)]
    [InlineData(Language.En)]
    public async Task A_request_s_receipt_shows_what_was_received_and_only_the_documents_and_fees_that_apply(Language language)
    {
        var name = $"receipt-request-{language.Code()}";
        await using var session = await FormSession.OpenAsync(site, name, javaScript: false, width: 360);
        var page = session.Page;
        await page.GotoAsync(site.Url(InquiryKind.Request.FormSlug(), language));
        await new Member(language, name + Guid.NewGuid().ToString("N")).FillAsync(page, InquiryKind.Request);
        var before = DateTimeOffset.UtcNow;
        var reference = await session.SendExpectingReceiptAsync();
        var record = (await site.Store.GetAsync(ReferenceNumber.Parse(reference), CancellationToken.None))!;
        await session.CheckStateAsync("receipt");

        var summary = page.Locator(".receipt__summary");
        var received = await summary.Locator("time").First.GetAttributeAsync("datetime");
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d\+09:00$", received);
        Assert.InRange(DateTimeOffset.Parse(received!, System.Globalization.CultureInfo.InvariantCulture), before.AddMinutes(-1), DateTimeOffset.UtcNow);
        var text = await summary.InnerTextAsync();
        Assert.Contains(site.Forms.Pages.Receipt.Summary.TimeZone[language], text, StringComparison.Ordinal);
        Assert.Equal(record.DueOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), await summary.Locator("time").Last.GetAttributeAsync("datetime"));
        Assert.Contains(site.Forms.OptionLabel("requester", "self", language), text, StringComparison.Ordinal);

        // The member asked for disclosure, correction and medical fee statements: those rows alone, and the member's own documents.
        var notice = SampleContent.Content.Notice.Requests;
        Assert.Equal(
            [notice.Disclosure.Title[language], notice.Correction.Title[language], notice.MedicalFeeStatements.Title[language]],
            await page.Locator("h2 ~ table.stack").Last.Locator("tbody th").AllInnerTextsAsync());
        Assert.Equal(1, await page.Locator("h2 ~ table.stack").First.Locator("tbody tr").CountAsync());
        Assert.DoesNotContain(notice.PurposeNotice.Title[language], await page.InnerTextAsync("main"), StringComparison.Ordinal);
        var gaveEmail = record.Values.GetValueOrDefault("email") is [{ Length: > 0 }, ..];
        Assert.Equal((gaveEmail ? site.Forms.Pages.Receipt.EmailSent : site.Forms.Pages.Receipt.EmailNotSent)[language], await page.InnerTextAsync(".receipt__email"));

        Assert.Equal(1, await PrintedPagesAsync(page, $"receipt-request-{language.Code()}"));
        session.AssertClean();
    }

    [Theory]
    [InlineData(Language.Ja)]
    [InlineData(Language.En)]
    public async Task A_complaint_s_receipt_prints_on_one_A4_page(Language language)
    {
        var name = $"receipt-complaint-{language.Code()}";
        await using var session = await FormSession.OpenAsync(site, name, javaScript: true);
        var page = session.Page;
        await page.GotoAsync(site.Url(InquiryKind.Complaint.FormSlug(), language));
        await new Member(language, name + Guid.NewGuid().ToString("N")).FillAsync(page, InquiryKind.Complaint);
        await session.SendExpectingReceiptAsync();

        Assert.Contains(site.Forms.Title(InquiryKind.Complaint).Title[language], await page.InnerTextAsync(".receipt__summary"), StringComparison.Ordinal);
        Assert.Equal(1, await PrintedPagesAsync(page, name));
        session.AssertClean();
    }

    /// <summary>Prints the page to an A4 PDF as Chromium's print dialog would, keeps it as test output, and counts its pages.</summary>
    private static async Task<int> PrintedPagesAsync(IPage page, string name)
    {
        var pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4", Path = Path.Combine(ToolPaths.Screenshots, name + ".pdf") });
        return PageObject().Matches(Encoding.Latin1.GetString(pdf)).Count;
    }

    [GeneratedRegex(@"/Type\s*/Page(?![a-zA-Z])")]
    private static partial Regex PageObject();
}
