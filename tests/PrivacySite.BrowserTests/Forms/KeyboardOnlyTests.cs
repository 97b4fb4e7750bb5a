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

        // Everything but the name, which every way of answering needs, so the first press of Enter comes back with one mistake.
        // Controls are visited in page order, as Tab reaches them; fields revealed by a choice come right after it.
        var choices = Member.Choices(kind).ToHashSet();
        var texts = member.TextInputs(kind).Concat(kind == InquiryKind.Request ? Member.StatementInputs : []).Where(i => i.Input != "name").ToDictionary();
        foreach (var id in await page.EvalOnSelectorAllAsync<string[]>("form input[id], form textarea[id]", "controls => controls.map(c => c.id)"))
        {
            if (choices.Contains(id))
            {
                await Keyboard.ChooseAsync(page, id);
            }
            else if (texts.TryGetValue(id, out var value))
            {
                await Keyboard.TabToAsync(page, "#" + id);
                await Keyboard.TypeAsync(page, value);
            }
        }

        await Keyboard.TabToAsync(page, "form button[type=submit]");
        Assert.NotEqual("none", await page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle"));
        await page.Keyboard.PressAsync("Enter");
        await page.Locator(".error-summary").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
        Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement.classList.contains('error-summary')"));

        // From the summary to the field: with JavaScript the link focuses the field itself; without, the page scrolls to it.
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("#name", await page.EvaluateAsync<string>("() => document.activeElement.hash"));
        await page.Keyboard.PressAsync("Enter");
        if (!javaScript)
        {
            // Tab moves on from where the page scrolled to; Shift+Tab comes back to the field if it went past.
            await page.Keyboard.PressAsync("Tab");
            await Keyboard.TabToAsync(page, "#name", "Shift+Tab");
        }

        Assert.Equal("name", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        await page.Keyboard.TypeAsync(member.Name);
        await page.Keyboard.PressAsync("Enter");
        var reference = await session.ReceiptReferenceAsync();

        var record = await site.Store.GetAsync(ReferenceNumber.Parse(reference), CancellationToken.None);
        Assert.Equal(member.Email, record!.Values["email"][0]);
        Assert.Equal(member.Name, record.Values["name"][0]);
        session.AssertClean();
    }
}
