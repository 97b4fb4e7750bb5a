using System.Text.RegularExpressions;
using PrivacySite.BrowserTests.Support;

namespace PrivacySite.BrowserTests.Desk;

/// <summary>
/// A member of staff at the privacy office, in Chromium with the keyboard alone: signs in through the loopback OpenID
/// Connect provider, takes an inquiry from received to answered (with a pause for documents and an extension), exports,
/// reads the audit trail and the monthly report; every desk page state in both languages passes axe-core and the Nu Html Checker, with
/// screenshots at a phone's and a desktop's width.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed partial class DeskJourneyTests(SiteFixture site)
{
    [Theory]
    [InlineData(1280)]
    [InlineData(360)]
    public async Task Staff_take_an_inquiry_from_received_to_answered_with_a_pause_and_an_extension_then_export_and_read_the_audit_trail(int width)
    {
        var record = DeskSamples.Record(dueOn: DateOnly.FromDateTime(DateTime.UtcNow).AddDays(10));
        await site.Store.AddAsync(record, [], CancellationToken.None);
        await using var session = await FormSession.OpenAsync(site, $"desk-{width}", javaScript: false, width);
        var page = session.Page;

        await page.GotoAsync(site.BaseUrl + "api/desk/ja/");
        await page.Locator("#login").WaitForAsync();
        await Keyboard.TabToAsync(page, "#login");
        await Keyboard.TypeAsync(page, "admin");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(Inbox(), new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit });
        await page.Locator("table.desk-table").WaitForAsync();
        await session.CheckStateAsync("inbox-ja");

        await Keyboard.TabToAsync(page, $"a[href$='/inquiries/{record.Reference.Value}']");
        await page.Keyboard.PressAsync("Enter");
        await page.Locator("#to-awaiting-documents").WaitForAsync();
        await session.CheckStateAsync("detail-ja");

        await ChooseStepAsync(page, "awaiting-documents", "住民票の写しをお送りください");
        await page.Locator("section.email-preview").WaitForAsync();
        Assert.Contains("住民票の写しをお送りください", await page.Locator("section.email-preview").InnerTextAsync());
        await session.CheckStateAsync("confirm-ja");
        await ConfirmAsync(page);
        await session.CheckStateAsync("paused-ja");
        Assert.Contains("期限停止中", await page.Locator("main").InnerTextAsync());

        await Keyboard.TabToAsync(page, "#extend-days");
        await Keyboard.TypeAsync(page, "5");
        await Keyboard.TabToAsync(page, "#extend-reason");
        await Keyboard.TypeAsync(page, "記録の取り寄せに時間がかかるため");
        await SendAsync(page, "form[action$='/extend'] button");
        await session.CheckStateAsync("extended-ja");

        await StepAsync(page, "identity-verified", "書類が届きました", emailsMember: true);
        await StepAsync(page, "in-progress", "");
        await FollowAsync(page, ".site-header__language", "/api/desk/en/inquiries/");
        await ChooseStepAsync(page, "answered", "We posted our answer");
        await page.Locator("section.email-preview").WaitForAsync();
        await session.CheckStateAsync("confirm-en");
        await ConfirmAsync(page);
        await session.CheckStateAsync("answered-en");

        await FollowAsync(page, ".site-header__language", "/api/desk/ja/inquiries/");
        await session.CheckStateAsync("answered-ja");
        await FollowAsync(page, ".site-header__language", "/api/desk/en/inquiries/");

        await Keyboard.TabToAsync(page, "a[href='/api/desk/en/']");
        await page.Keyboard.PressAsync("Enter");
        await page.Locator("#format-csv").WaitForAsync();
        await Keyboard.TabToAsync(page, "form.desk-export button");
        var download = await page.RunAndWaitForDownloadAsync(() => page.Keyboard.PressAsync("Enter"));
        var csv = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.Contains(record.Reference.Value, csv);

        await FollowAsync(page, "a[href='/api/desk/en/audit']", "/api/desk/en/audit$");
        var trail = await page.Locator("main").InnerTextAsync();
        Assert.Contains("Viewed details", trail);
        Assert.Contains("Exported", trail);
        await session.CheckStateAsync("audit-en");

        await FollowAsync(page, ".site-header__language", "/api/desk/ja/audit$");
        await session.CheckStateAsync("audit-ja");

        await FollowAsync(page, "a[href='/api/desk/ja/purge']", "/api/desk/ja/purge$");
        await session.CheckStateAsync("purge-ja");

        await FollowAsync(page, "a[href='/api/desk/ja/reports']", "/api/desk/ja/reports$");
        Assert.Equal("img", await page.Locator("figure.report-chart svg").GetAttributeAsync("role"));
        await session.CheckStateAsync("reports-ja");
        await FollowAsync(page, ".site-header__language", "/api/desk/en/reports$");
        Assert.Contains("Monthly report", await page.Locator("h1").InnerTextAsync());
        await session.CheckStateAsync("reports-en");

        var stored = (await site.Store.GetAsync(record.Reference, CancellationToken.None))!;
        Assert.Equal(InquiryStatus.Answered, stored.Status);
        Assert.True(stored.DueOn > record.DueOn);
        Assert.Contains(stored.History, h => h.Status == InquiryStatus.AwaitingDocuments && h.Actor == "Admin Test");
        // Chromium reports the export's download as an aborted navigation: the file arrived (above).
        session.AssertClean("/export (net::ERR_ABORTED)");
    }

    /// <summary>Tabs to a link, follows it with Enter and waits for the page at an address matching <paramref name="address"/>.</summary>
    private static async Task FollowAsync(IPage page, string link, string address)
    {
        await Keyboard.TabToAsync(page, link);
        await page.Keyboard.PressAsync("Enter");
        try
        {
            await page.WaitForURLAsync(new Regex(address), new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit, Timeout = 10_000 });
        }
        catch (TimeoutException)
        {
            // Now and then (about one run in four, at 1280 px) headless Chromium drops an Enter pressed just after the
            // previous page's checks; a second press must then follow the link, or the test fails here.
            await Keyboard.TabToAsync(page, link);
            await page.Keyboard.PressAsync("Enter");
            await page.WaitForURLAsync(new Regex(address), new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit });
        }

        await page.Locator("h1").WaitForAsync();
    }

    /// <summary>Chooses the next status, writes the note and presses the button with the keyboard.</summary>
    private static async Task ChooseStepAsync(IPage page, string status, string note)
    {
        await Keyboard.ChooseAsync(page, "to-" + status);
        if (note.Length > 0)
        {
            await Keyboard.TabToAsync(page, "#status-note");
            await Keyboard.TypeAsync(page, note);
        }

        await Keyboard.TabToAsync(page, "form[action$='/status'] button");
        await page.Keyboard.PressAsync("Enter");
    }

    /// <summary>
    /// Takes a step: one that e-mails the member (<paramref name="emailsMember"/>) is confirmed on the page that shows
    /// the e-mail; waits for the page that says it was done.
    /// </summary>
    private static async Task StepAsync(IPage page, string status, string note, bool emailsMember = false)
    {
        await ChooseStepAsync(page, status, note);
        if (emailsMember)
        {
            await ConfirmAsync(page);
        }
        else
        {
            await page.WaitForURLAsync(Done(), new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit });
            await page.Locator(".message[role=status]").WaitForAsync();
        }
    }

    /// <summary>On the page that shows the e-mail a step sends, sends it and takes the step.</summary>
    private static async Task ConfirmAsync(IPage page)
    {
        await page.Locator("section.email-preview").WaitForAsync();
        await SendAsync(page, "form input[name=confirmed] ~ button");
    }

    private static async Task SendAsync(IPage page, string button)
    {
        await Keyboard.TabToAsync(page, button);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(Done(), new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit });
        await page.Locator(".message[role=status]").WaitForAsync();
    }

    [GeneratedRegex(@"/api/desk/ja/$")]
    private static partial Regex Inbox();

    [GeneratedRegex(@"\?done=")]
    private static partial Regex Done();
}
