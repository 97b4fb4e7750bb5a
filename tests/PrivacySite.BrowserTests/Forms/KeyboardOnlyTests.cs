using PrivacySite.Forms.Model;

namespace PrivacySite.BrowserTests.Forms;

/// <summary>
/// A person who uses only the keyboard completes a form: Tab reaches every control in order, Space
/// ticks choices (and reveals the fields they bring), the error summary takes them to the field to fix,
/// focus is always visible, and Enter sends it.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class KeyboardOnlyTests(SiteFixture site)
{
    private const int MaxTabs = 120;

    [Theory]
    [InlineData(InquiryKind.Complaint, Language.Ja, false)]
    [InlineData(InquiryKind.Request, Language.En, true)]
    public async Task A_form_is_completed_with_the_keyboard_alone(InquiryKind kind, Language language, bool javaScript)
    {
        var name = $"keyboard-{kind.Slug()}-{language.Code()}-{(javaScript ? "js" : "nojs")}";
        await using var session = await FormSession.OpenAsync(site, name, javaScript);
        var page = session.Page;
        var member = new Member(language, name + Guid.NewGuid().ToString("N")[..8]);
        await page.GotoAsync(site.Url(kind.FormSlug(), language));

        // Everything but the e-mail address, so the first press of Enter comes back with one mistake.
        // Controls are visited in page order, as Tab reaches them; fields revealed by a choice come right after it.
        var choices = Member.Choices(kind).ToHashSet();
        var texts = member.TextInputs(kind).Concat(kind == InquiryKind.Request ? Member.StatementInputs : []).Where(i => i.Input != "email").ToDictionary();
        foreach (var id in await page.EvalOnSelectorAllAsync<string[]>("form input[id], form textarea[id]", "controls => controls.map(c => c.id)"))
        {
            if (choices.Contains(id))
            {
                await ChooseAsync(page, id);
            }
            else if (texts.TryGetValue(id, out var value))
            {
                await TabToAsync(page, "#" + id);
                await TypeAsync(page, value);
            }
        }

        await TabToAsync(page, "form button[type=submit]");
        Assert.NotEqual("none", await page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle"));
        await page.Keyboard.PressAsync("Enter");
        await page.Locator(".error-summary").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
        Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement.classList.contains('error-summary')"));

        // From the summary to the field: with JavaScript the link focuses the field itself; without, the page scrolls to it.
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("#email", await page.EvaluateAsync<string>("() => document.activeElement.hash"));
        await page.Keyboard.PressAsync("Enter");
        if (!javaScript)
        {
            // Tab moves on from where the page scrolled to; Shift+Tab comes back to the field if it went past.
            await page.Keyboard.PressAsync("Tab");
            await TabToAsync(page, "#email", "Shift+Tab");
        }

        Assert.Equal("email", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        await page.Keyboard.TypeAsync(member.Email);
        await page.Keyboard.PressAsync("Enter");
        var reference = await session.ReceiptReferenceAsync();

        var record = await site.Store.GetAsync(ReferenceNumber.Parse(reference), CancellationToken.None);
        Assert.Equal(member.Email, record!.Values["email"][0]);
        Assert.Equal(member.Name, record.Values["name"][0]);
        session.AssertClean();
    }

    /// <summary>Presses Tab (or the key given) until the element matching the selector has focus; fails if it is never reached.</summary>
    private static async Task TabToAsync(IPage page, string selector, string key = "Tab")
    {
        for (var i = 0; i < MaxTabs; i++)
        {
            if (await page.EvaluateAsync<bool>("s => document.activeElement !== null && document.activeElement.matches(s)", selector))
            {
                return;
            }

            await page.Keyboard.PressAsync(key);
        }

        Assert.Fail($"{selector} was not reached with {MaxTabs} presses of {key}");
    }

    /// <summary>Ticks a checkbox with Space; a radio button is reached by Tab into its group, then the arrow keys.</summary>
    private static async Task ChooseAsync(IPage page, string id)
    {
        var group = await page.GetAttributeAsync("#" + id, "name");
        var radio = await page.GetAttributeAsync("#" + id, "type") == "radio";
        await TabToAsync(page, radio ? $"input[name={group}]" : "#" + id);
        if (radio)
        {
            await TabToAsync(page, "#" + id, "ArrowDown");
        }

        await page.Keyboard.PressAsync("Space");
        Assert.True(await page.IsCheckedAsync("#" + id), $"the keyboard did not choose {id}");
    }

    private static async Task TypeAsync(IPage page, string value)
    {
        // Japanese arrives as an input method commits it, as whole text; other text key by key.
        if (value.Any(c => c > 0x7F))
        {
            await page.Keyboard.InsertTextAsync(value);
        }
        else
        {
            await page.Keyboard.TypeAsync(value);
        }
    }
}
