namespace PrivacySite.BrowserTests.Support;

/// <summary>What a person who uses only the keyboard does: Tab (or another key) to a control, and type into it.</summary>
public static class Keyboard
{
    private const int MaxTabs = 120;

    /// <summary>Presses Tab (or the key given) until the element matching the selector has focus; fails if it is never reached.</summary>
    public static async Task TabToAsync(IPage page, string selector, string key = "Tab")
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

    public static async Task TypeAsync(IPage page, string value)
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

    /// <summary>Ticks a checkbox with Space; a radio button is reached by Tab into its group, then the arrow keys.</summary>
    public static async Task ChooseAsync(IPage page, string id)
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
}
