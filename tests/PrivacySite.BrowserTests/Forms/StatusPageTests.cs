using PrivacySite.Cli.Serving;
using PrivacySite.Forms.Model;

namespace PrivacySite.BrowserTests.Forms;

/// <summary>
/// The status page as a member uses it in Chromium, without JavaScript (and with it, for the hand-over of
/// the code to the receipt): the code on the receipt, the link to the page, the form, a wrong pair, the
/// status found, and too many attempts; each state checked with axe-core and the Nu Html Checker, in both
/// languages, with screenshots at 360 and 1280 px.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class StatusPageTests(SiteFixture site)
{
    [Theory]
    [InlineData("ja", 360, false)]
    [InlineData("ja", 1280, true)]
    [InlineData("en", 360, true)]
    [InlineData("en", 1280, false)]
    public async Task A_member_finds_the_status_with_the_code_from_the_receipt(string lang, int width, bool javaScript)
    {
        var language = lang == "en" ? Language.En : Language.Ja;
        var name = $"status-{lang}-{width}";
        await using var session = await FormSession.OpenAsync(site, name, javaScript, width);
        var page = session.Page;
        await page.GotoAsync(site.Url(InquiryKind.Request.FormSlug(), language));
        await new Member(language, name + Guid.NewGuid().ToString("N")).FillAsync(page, InquiryKind.Request);
        var reference = await session.SendExpectingReceiptAsync();
        var code = await page.TextContentAsync(".receipt__code .status-code");
        Assert.Matches("^([0-9A-Z]{4}-){3}[0-9A-Z]{4}$", code);
        Assert.DoesNotContain(code!, page.Url);
        await session.CheckStateAsync("receipt");

        await page.ClickAsync(".receipt__code a");
        await page.Locator("#status-reference").WaitForAsync();
        await session.CheckStateAsync("form");

        await page.FillAsync("#status-reference", reference);
        await page.FillAsync("#status-code", "0000-0000-0000-0000");
        await page.ClickAsync("form.status-form button[type=submit]");
        await page.Locator(".form-problem").WaitForAsync();
        Assert.StartsWith(lang == "en" ? "Error: " : "エラー: ", await page.TitleAsync());
        await session.CheckStateAsync("wrong-pair");

        await page.FillAsync("#status-reference", reference.ToLowerInvariant().Replace("-", "", StringComparison.Ordinal));
        await page.FillAsync("#status-code", code!.ToLowerInvariant());
        await page.ClickAsync("form.status-form button[type=submit]");
        await page.Locator(".status__name").WaitForAsync();
        Assert.Equal(reference, await page.TextContentAsync(".status__facts .reference"));
        Assert.DoesNotContain(code, page.Url);
        Assert.DoesNotContain(code, await page.ContentAsync());
        await session.CheckStateAsync("found");
        session.AssertClean();
    }

    [Theory]
    [InlineData("ja", 360)]
    [InlineData("en", 1280)]
    public async Task Too_many_attempts_get_the_page_in_its_language(string lang, int width)
    {
        // A service of its own over the same built site, with a limit of two lookups per client.
        await using var limited = LocalSiteApp.Create(site.OutputRoot, port: 0, intake: new LocalIntake(RepoPaths.SampleSociety, new Dictionary<string, string?>
        {
            ["InquiryStore:Path"] = Path.Combine(site.OutputRoot, "..", "status-limited-" + Guid.NewGuid().ToString("N")),
            ["Intake:RateLimit:PermitLimit"] = "2",
        }));
        await limited.StartAsync();
        await using var session = await FormSession.OpenAsync(site, $"status-{lang}-{width}", javaScript: false, width);
        var page = session.Page;
        await page.GotoAsync(limited.Address().TrimEnd('/') + $"/api/inquiries/status/{lang}");
        for (var i = 0; i < 3; i++)
        {
            await page.FillAsync("#status-reference", "D-0000-0000");
            await page.FillAsync("#status-code", "0000-0000-0000-0000");
            await page.ClickAsync("form.status-form button[type=submit]");
            await page.Locator(".form-problem").WaitForAsync();
        }

        Assert.Equal(lang, await page.GetAttributeAsync("html", "lang"));
        Assert.Contains(lang == "en" ? "Too many attempts" : "確認の回数が多すぎます", await page.TextContentAsync(".form-problem"));
        await session.CheckStateAsync("rate-limited");
        session.AssertClean("429 for POST");
    }
}
