using AngleSharp.Html.Parser;
using PrivacySite.Forms.Model;
using PrivacySite.Intake.Endpoints;

namespace PrivacySite.Intake.Tests.Endpoints;

/// <summary>
/// The pages the service answers form posts with, drawn with the site's own form component: the form
/// with its errors shows conditional fields only through their choices and runs no script; the receipt
/// says what happens next for its kind and shows nothing that was typed.
/// </summary>
public sealed class IntakePageTests(IntakeAppFixture fixture) : IClassFixture<IntakeAppFixture>
{
    private readonly IntakeApp _app = fixture.App;

    [Fact]
    public async Task The_error_page_keeps_conditional_fields_in_groups_their_choices_reveal_and_carries_no_script()
    {
        using var client = _app.Client();
        var response = await _app.PostForm(client, "request", [new("requester", "appointed_agent"), new("request_kinds", "correction")]);

        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Empty(document.QuerySelectorAll("script"));
        Assert.Null(document.QuerySelector("form")!.GetAttribute("data-receipt-url"));

        var agentGroup = document.GetElementById("agent_name")!.Closest(".field__conditional")!;
        Assert.Equal(agentGroup.GetAttribute("data-group"), document.GetElementById("requester-appointed_agent")!.GetAttribute("data-reveals"));
        Assert.True(document.GetElementById("requester-appointed_agent")!.HasAttribute("checked"));
        Assert.NotNull(document.GetElementById("agent_name-error"));

        // Receipts apply only to a disclosure, which was not asked for: no error there, and its group stays closed.
        Assert.Null(document.GetElementById("medical_institution-error"));
        Assert.False(document.GetElementById("request_kinds-disclosure")!.HasAttribute("checked"));
        Assert.NotNull(document.GetElementById("medical_institution")!.Closest(".field__conditional"));
        Assert.NotNull(document.GetElementById("name-why"));
    }

    [Fact]
    public async Task A_request_receipt_lists_the_identity_documents_the_fees_and_response_times_and_the_desk()
    {
        using var client = _app.Client();
        var reference = ReferenceNumber.New(InquiryKind.Request).Value;
        var document = new HtmlParser().ParseDocument(await client.GetStringAsync($"/api/inquiries/receipt/en?ref={reference}"));

        Assert.Equal(reference, document.QuerySelector(".reference")!.TextContent);
        var captions = document.QuerySelectorAll("table caption").Select(c => c.TextContent).ToList();
        Assert.Equal(["Documents needed for each kind of requester", "What each kind of request covers, its fee, and how soon we aim to answer"], captions);
        Assert.Contains(document.QuerySelectorAll("tbody th"), th => th.TextContent == "Disclosure of medical fee statements (receipts)");
        Assert.Contains(document.QuerySelectorAll("dd a"), a => a.GetAttribute("href") == "mailto:privacy@example.org");
        Assert.Null(document.GetElementById("handling"));
    }

    [Fact]
    public async Task A_receipt_shows_what_was_chosen_and_the_e_mail_only_in_the_hour_after_sending()
    {
        var fresh = DeskSamples.Record(InquiryKind.Request, receivedAt: DateTimeOffset.UtcNow.AddMinutes(-5));
        var old = DeskSamples.Record(InquiryKind.Request, receivedAt: DateTimeOffset.UtcNow - ReceiptEndpoint.Fresh - TimeSpan.FromMinutes(5));
        await _app.Store.AddAsync(fresh, [], CancellationToken.None);
        await _app.Store.AddAsync(old, [], CancellationToken.None);
        using var client = _app.Client();

        var shown = new HtmlParser().ParseDocument(await client.GetStringAsync($"/api/inquiries/receipt/en?ref={fresh.Reference.Value}"));
        Assert.NotNull(shown.QuerySelector(".receipt__summary time"));
        Assert.Equal(SampleContent.Content.Forms.Pages.Receipt.EmailSent.En, shown.QuerySelector(".receipt__email")!.TextContent);

        var later = new HtmlParser().ParseDocument(await client.GetStringAsync($"/api/inquiries/receipt/en?ref={old.Reference.Value}"));
        Assert.Equal(old.Reference.Value, later.QuerySelector(".reference")!.TextContent);
        Assert.Null(later.QuerySelector(".receipt__summary"));
        Assert.Null(later.QuerySelector(".receipt__email"));
    }

    [Fact]
    public async Task A_complaint_receipt_says_how_complaints_are_handled_and_links_to_itself_in_the_other_language()
    {
        using var client = _app.Client();
        var reference = ReferenceNumber.New(InquiryKind.Complaint).Value;
        var response = await client.GetAsync($"/api/inquiries/receipt/ja?ref={reference}");
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("お申し出への対応", document.GetElementById("handling")!.TextContent);
        Assert.Empty(document.QuerySelectorAll("table"));
        Assert.Equal($"/api/inquiries/receipt/en?ref={reference}", document.QuerySelector(".site-header__language")!.GetAttribute("href"));
    }
}
