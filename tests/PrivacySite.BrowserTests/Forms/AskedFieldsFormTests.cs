using PrivacySite.Content.Addresses;

namespace PrivacySite.BrowserTests.Forms;

/// <summary>
/// The every-section society's forms do not ask the insurance card or the phone number (asked: false in its
/// forms/fields.yaml): in Chromium, with JavaScript on and off, the request form has neither, offers no answer by phone,
/// passes axe-core and the Nu Html Checker, and a member who fills in what it asks reaches a receipt.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class AskedFieldsFormTests(SiteFixture site)
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_form_without_the_items_left_out_is_sent_to_a_receipt(bool javaScript)
    {
        var name = "every-section-request-" + (javaScript ? "js" : "nojs");
        await using var session = await FormSession.OpenAsync(site, name, javaScript, width: javaScript ? 1280 : 360);
        var page = session.Page;
        var member = new Member(Language.Ja, name + "-" + Guid.NewGuid().ToString("N")[..8]);

        await page.GotoAsync(new SiteUrls(site.Societies["every-section"].BaseUrl).Absolute(InquiryKind.Request.FormSlug(), Language.Ja));
        Assert.Equal(0, await page.Locator("#card_symbol, #card_number, #phone, #contact_preference-phone").CountAsync());
        Assert.Equal(1, await page.Locator("#contact_preference-post").CountAsync());
        await session.CheckStateAsync("empty");

        foreach (var id in Member.Choices(InquiryKind.Request))
        {
            await page.CheckAsync("#" + id);
        }

        foreach (var (input, value) in member.TextInputs(InquiryKind.Request).Where(i => i.Input != "phone").Concat(Member.StatementInputs))
        {
            await page.FillAsync("#" + input, value);
        }

        var reference = await session.SendExpectingReceiptAsync();

        Assert.Equal(reference, await page.TextContentAsync(".reference"));
        await session.CheckStateAsync("receipt");
        session.AssertClean();
    }
}
