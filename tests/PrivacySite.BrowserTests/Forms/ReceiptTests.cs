using System.Text.RegularExpressions;
using PrivacySite.Forms.Model;

namespace PrivacySite.BrowserTests.Forms;

/// <summary>
/// The receipt after a form is sent: going back, forward, reloading it or opening it from a bookmark
/// never sends the form again, and it can be read in the other language.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class ReceiptTests(SiteFixture site)
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Back_forward_reload_and_a_bookmark_never_send_the_form_again(bool javaScript)
    {
        var name = $"receipt-history-{(javaScript ? "js" : "nojs")}";
        await using var session = await FormSession.OpenAsync(site, name, javaScript);
        var page = session.Page;
        var form = site.Url(InquiryKind.Complaint.FormSlug(), Language.Ja);
        await page.GotoAsync(form);
        await new Member(Language.Ja, name + Guid.NewGuid().ToString("N")).FillAsync(page, InquiryKind.Complaint);
        var reference = await session.SendExpectingReceiptAsync();
        var receipt = page.Url;
        var stored = await site.StoredCountAsync();

        await page.GoBackAsync();
        Assert.Equal(form, page.Url);
        await page.GoForwardAsync();
        Assert.Equal(receipt, page.Url);
        await page.ReloadAsync();
        Assert.Equal(reference, await page.TextContentAsync(".reference"));

        var bookmark = await session.Context.NewPageAsync();
        await bookmark.GotoAsync(receipt);
        Assert.Equal(reference, await bookmark.TextContentAsync(".reference"));
        Assert.Equal(stored, await site.StoredCountAsync());
        session.AssertClean();
    }

    [Fact]
    public async Task The_language_link_of_a_receipt_shows_the_same_receipt_in_the_other_language()
    {
        await using var session = await FormSession.OpenAsync(site, "receipt-language", javaScript: false);
        var page = session.Page;
        await page.GotoAsync(site.Url(InquiryKind.Request.FormSlug(), Language.En));
        await new Member(Language.En, "receipt-language" + Guid.NewGuid().ToString("N")).FillAsync(page, InquiryKind.Request);
        var reference = await session.SendExpectingReceiptAsync();

        await page.ClickAsync(".site-header__language");
        await page.WaitForURLAsync(new Regex("/receipt/ja\\?ref="), new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit });
        await page.Locator("html[lang=ja] .reference").WaitForAsync();
        Assert.Equal("ja", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal(reference, await page.TextContentAsync(".reference"));
        session.AssertClean();
    }
}
