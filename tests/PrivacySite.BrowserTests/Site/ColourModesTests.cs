using PrivacySite.BrowserTests.Forms;

namespace PrivacySite.BrowserTests.Site;

/// <summary>
/// The pages in dark mode (colours with enough contrast, by axe-core) and in Windows high-contrast
/// (forced colours): the receipt keeps its frame and the errors their borders, though backgrounds go.
/// Screenshots of each at 360 px and 1280 px.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class ColourModesTests(SiteFixture site)
{
    [Theory]
    [InlineData(Language.Ja, 360)]
    [InlineData(Language.En, 1280)]
    public async Task In_dark_mode_every_state_of_a_form_and_the_pages_around_it_pass_axe(Language language, int width)
    {
        await using var session = await FormSession.OpenAsync(site, $"dark-{language.Code()}-{width}", javaScript: true, width);
        var page = session.Page;
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = ColorScheme.Dark });
        var failures = new List<string>();
        foreach (var slug in new[] { "index", "requests", "purposes" })
        {
            await page.GotoAsync(site.Url(slug, language));
            Assert.NotEqual("rgb(255, 255, 255)", await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor"));
            failures.AddRange((await Axe.ViolationsAsync(page)).Select(v => $"{slug}: {v}"));
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot($"dark-{slug}-{language.Code()}-{width}") });
        }

        await page.GotoAsync(site.Url(InquiryKind.Complaint.FormSlug(), language));
        await session.SendExpectingErrorsAsync();
        await session.CheckStateAsync("errors");
        await new Member(language, "dark" + Guid.NewGuid().ToString("N")).FillAsync(page, InquiryKind.Complaint);
        await session.SendExpectingReceiptAsync();
        await session.CheckStateAsync("receipt");

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        session.AssertClean();
    }

    [Theory]
    [InlineData(Language.Ja, 360)]
    [InlineData(Language.En, 1280)]
    public async Task In_forced_colours_the_receipt_keeps_its_frame_and_errors_their_borders(Language language, int width)
    {
        await using var session = await FormSession.OpenAsync(site, $"forced-colours-{language.Code()}-{width}", javaScript: false, width);
        var page = session.Page;
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { ForcedColors = ForcedColors.Active });
        await page.GotoAsync(site.Url(InquiryKind.Complaint.FormSlug(), language));
        await page.FillAsync("#postal_code", "12");
        await session.SendExpectingErrorsAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { FullPage = true, Path = Screenshot($"forced-colours-errors-{language.Code()}-{width}") });

        Assert.True(await Visible(page, ".error-summary", "top"), "the error summary has no frame");
        Assert.True(await Visible(page, "[data-field=postal_code]", "left"), "the field with an error has no border");
        Assert.True(await Visible(page, "#postal_code-error", "left"), "the error message is not marked");
        Assert.False(await Visible(page, "[data-field=card_symbol]:not(.field--error)", "left"), "a field without an error is marked like one");

        await new Member(language, "forced" + Guid.NewGuid().ToString("N")).FillAsync(page, InquiryKind.Complaint);
        await session.SendExpectingReceiptAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { FullPage = true, Path = Screenshot($"forced-colours-receipt-{language.Code()}-{width}") });

        foreach (var side in new[] { "top", "right", "bottom", "left" })
        {
            Assert.True(await Visible(page, ".panel", side), $"the receipt panel has no {side} edge");
        }

        session.AssertClean();
    }

    /// <summary>Whether an element's border on one side is drawn: solid, at least 2 px, in a colour that shows.</summary>
    private static Task<bool> Visible(IPage page, string selector, string side) => page.EvalOnSelectorAsync<bool>(selector, """
        (element, side) => {
            const style = getComputedStyle(element);
            const color = style.getPropertyValue(`border-${side}-color`);
            return style.getPropertyValue(`border-${side}-style`) === 'solid'
                && parseFloat(style.getPropertyValue(`border-${side}-width`)) >= 2
                && color !== 'transparent' && !/rgba\(.*, 0\)$/.test(color);
        }
        """, side);

    private static string Screenshot(string name) => Path.Combine(ToolPaths.Screenshots, name + ".png");
}
