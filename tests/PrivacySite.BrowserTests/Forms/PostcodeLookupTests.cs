using System.Text.Json;
using PrivacySite.Content.Model;

namespace PrivacySite.BrowserTests.Forms;

/// <summary>
/// The postcode lookup of a society that turned it on, in Chromium: seven digits as a phone keyboard gives them
/// (full-width, with a hyphen) fill the prefecture, city and town from the site's own data, the change is
/// announced, and a part the member typed is kept; every state passes axe-core and the Nu Html Checker.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class PostcodeLookupTests(SiteFixture site)
{
    [Theory]
    [InlineData(Language.Ja, 360)]
    [InlineData(Language.Ja, 1280)]
    [InlineData(Language.En, 360)]
    [InlineData(Language.En, 1280)]
    public async Task Seven_digits_fill_the_prefecture_city_and_town_and_say_so(Language language, int width)
    {
        var (code, expected) = await ACodeNamingATownAsync();
        await using var session = await OpenAsync($"postcode-{width}-{language.Code()}", language, width);
        var page = session.Page;

        await page.FocusAsync("#postal_code");
        await page.Keyboard.TypeAsync(FullWidth(code[..3]) + "－" + FullWidth(code[3..]));

        await page.WaitForFunctionAsync("() => document.querySelector('#address_prefecture').value !== ''");
        Assert.Equal(expected, (string[])[await page.InputValueAsync("#address_prefecture"), await page.InputValueAsync("#address_city"), await page.InputValueAsync("#address_street")]);
        Assert.Equal(await page.GetAttributeAsync("form", "data-postcode-filled"), await page.TextContentAsync("form [role=status]"));
        await session.CheckStateAsync("filled");
        await page.Locator("[data-field=postal_code]").ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ToolPaths.Screenshots, $"form-postcode-{width}-{language.Code()}-filled-address.png") });
        session.AssertClean();
    }

    [Fact]
    public async Task A_part_the_member_typed_is_kept_and_a_code_with_no_data_fills_nothing()
    {
        var (code, expected) = await ACodeNamingATownAsync();
        await using var session = await OpenAsync("postcode-typed", Language.Ja, 1280);
        var page = session.Page;

        await page.FillAsync("#address_city", "自分で書いた市");
        await page.FocusAsync("#postal_code");
        await page.Keyboard.TypeAsync(code);
        await page.WaitForFunctionAsync("() => document.querySelector('#address_prefecture').value !== ''");

        Assert.Equal(expected[0], await page.InputValueAsync("#address_prefecture"));
        Assert.Equal("自分で書いた市", await page.InputValueAsync("#address_city"));

        // No prefix of the data is 000: nothing is looked up and what is there stays.
        await page.FillAsync("#postal_code", "");
        await page.FillAsync("#address_street", "");
        await page.FocusAsync("#postal_code");
        await page.Keyboard.TypeAsync("0000000");
        await page.WaitForTimeoutAsync(300);
        Assert.Equal("", await page.InputValueAsync("#address_street"));
        session.AssertClean("404");
    }

    private async Task<FormSession> OpenAsync(string name, Language language, int width)
    {
        var session = await FormSession.OpenAsync(site, name, javaScript: true, width);
        await session.Page.GotoAsync(site.PostcodeSite.BaseUrl + (language == Language.En ? "en/" : "") + "requests/form/");
        return session;
    }

    /// <summary>The first code of the published data that names one town, and the prefecture, city and town it names.</summary>
    private async Task<(string Code, string[] Parts)> ACodeNamingATownAsync()
    {
        using var chunk = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(site.PostcodeSite.OutputRoot, "postcodes", "100.json")));
        var (suffix, entry) = chunk.RootElement.GetProperty("codes").EnumerateObject().Select(p => (p.Name, p.Value)).First(p => p.Value.GetArrayLength() == 2);
        var place = chunk.RootElement.GetProperty("places")[entry[0].GetInt32()];
        return ("100" + suffix, [place[0].GetString()!, place[1].GetString()!, entry[1].GetString()!]);
    }

    private static string FullWidth(string digits) => new([.. digits.Select(d => (char)(d - '0' + '０'))]);
}
