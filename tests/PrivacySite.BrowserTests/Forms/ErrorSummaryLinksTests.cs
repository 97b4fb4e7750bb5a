namespace PrivacySite.BrowserTests.Forms;

/// <summary>
/// Following a link of the error summary on a 360×800 phone, with JavaScript on and off, lands on the
/// field with its label (or legend) and its message in view, and the input itself on screen: for
/// every kind of field the summary can name (text, date parts, address parts, radios, checkboxes,
/// text areas, the fields an agent's choice reveals).
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class ErrorSummaryLinksTests(SiteFixture site)
{
    [Theory]
    [InlineData(Language.Ja, false)]
    [InlineData(Language.En, false)]
    [InlineData(Language.Ja, true)]
    [InlineData(Language.En, true)]
    public async Task Each_summary_link_shows_the_field_s_label_message_and_input(Language language, bool javaScript)
    {
        var name = $"summary-links-{language.Code()}-{(javaScript ? "js" : "nojs")}";
        await using var session = await FormSession.OpenAsync(site, name, javaScript, width: 360);
        var page = session.Page;
        await page.SetViewportSizeAsync(360, 800);
        await page.GotoAsync(site.Url(InquiryKind.Request.FormSlug(), language));
        await page.CheckAsync("#requester-appointed_agent");
        await page.FillAsync("#postal_code", "12");
        await page.FillAsync("#date_of_birth_month", "13");
        await session.SendExpectingErrorsAsync();

        var links = page.Locator(".error-summary a");
        var count = await links.CountAsync();
        Assert.True(count >= 10, $"only {count} errors listed");
        var failures = new List<string>();
        for (var i = 0; i < count; i++)
        {
            await page.EvaluateAsync("() => window.scrollTo(0, 0)");
            var link = links.Nth(i);
            var id = (await link.GetAttributeAsync("href"))!.TrimStart('#');
            await link.ClickAsync();
            await page.WaitForFunctionAsync("id => document.activeElement && document.activeElement.id === id", id);

            var where = await page.EvaluateAsync<double[]>("""
                id => {
                    const input = document.getElementById(id);
                    const field = input.closest('[data-field]');
                    const label = field.querySelector('.field__label');
                    const message = field.querySelector('.field__error');
                    return [label.getBoundingClientRect().top, message.getBoundingClientRect().bottom,
                            input.getBoundingClientRect().top, input.getBoundingClientRect().bottom, window.innerHeight];
                }
                """, id);
            var (labelTop, messageBottom, inputTop, inputBottom, height) = (where[0], where[1], where[2], where[3], where[4]);
            if (labelTop < -1 || messageBottom > height || inputTop < -1 || Math.Min(inputBottom, inputTop + 44) > height)
            {
                failures.Add($"#{id}: label top {labelTop:0}, message bottom {messageBottom:0}, input {inputTop:0}–{inputBottom:0} in a {height:0}px screen");
            }
        }

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ToolPaths.Screenshots, $"form-{name}-after-last-link.png") });
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        session.AssertClean();
    }
}
