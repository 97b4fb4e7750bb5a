using PrivacySite.Forms.Model;

namespace PrivacySite.BrowserTests.Forms;

/// <summary>
/// Each form in each language, with JavaScript on (a desktop window) and off (a 360 px phone): the
/// empty form, a submission with mistakes that comes back with the error summary and every value kept,
/// then a valid one that reaches a receipt whose reference is in the store. Every state passes axe-core
/// and the Nu Html Checker under the production headers with no CSP violation and no console error.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class FormJourneyTests(SiteFixture site)
{
    public static TheoryData<InquiryKind, Language, bool> Runs()
    {
        var runs = new TheoryData<InquiryKind, Language, bool>();
        foreach (var kind in InquiryKinds.All)
        {
            foreach (var language in Languages.All)
            {
                runs.Add(kind, language, true);
                runs.Add(kind, language, false);
            }
        }

        return runs;
    }

    [Theory]
    [MemberData(nameof(Runs))]
    public async Task A_member_fixes_the_mistakes_shown_and_reaches_a_receipt_that_is_stored(InquiryKind kind, Language language, bool javaScript)
    {
        var name = $"{kind.Slug()}-{language.Code()}-{(javaScript ? "js" : "nojs")}";
        await using var session = await FormSession.OpenAsync(site, name, javaScript, width: javaScript ? 1280 : 360);
        var page = session.Page;
        var member = new Member(language, name + "-" + Guid.NewGuid().ToString("N")[..8]);

        await page.GotoAsync(site.Url(kind.FormSlug(), language));
        Assert.False(await page.IsVisibleAsync("#agent_name"), "the agent's name shows before an agent is chosen");
        Assert.Equal(javaScript ? 32 : 0, (await page.InputValueAsync("input[name=idempotency_token]")).Length);
        await session.CheckStateAsync("empty");

        // Mistakes: an agent without their details, a short postal code, most fields left empty.
        await page.CheckAsync("#requester-appointed_agent");
        Assert.True(await page.IsVisibleAsync("#agent_name"), "choosing an agent does not show the agent's fields");
        await page.FillAsync("#name", member.Name);
        await page.FillAsync("#postal_code", "12");
        var stored = await site.StoredCountAsync();
        await session.SendExpectingErrorsAsync();

        Assert.StartsWith(site.Forms.Pages.Error.TitlePrefix[language], await page.TitleAsync(), StringComparison.Ordinal);
        Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement.classList.contains('error-summary')"), "the error summary is not focused");
        var targets = await page.EvalOnSelectorAllAsync<string[]>(".error-summary a", "links => links.map(a => a.hash.slice(1))");
        Assert.True(targets.Length >= 8, $"only {targets.Length} errors listed");
        Assert.All(targets, id => Assert.True(page.Locator($"[id='{id}']").CountAsync().Result == 1, $"summary link to #{id} leads nowhere"));
        Assert.Contains("postal_code", targets);
        Assert.Contains("agent_name", targets);

        Assert.Equal(member.Name, await page.InputValueAsync("#name"));
        Assert.Equal("12", await page.InputValueAsync("#postal_code"));
        Assert.True(await page.IsCheckedAsync("#requester-appointed_agent"));
        Assert.True(await page.IsVisibleAsync("#agent_name-error"), "the agent's name has no message beside it");
        Assert.Contains(site.Forms.Message("postal_code_format", language, "postal_code"), await page.TextContentAsync("#postal_code-error"), StringComparison.Ordinal);
        Assert.Equal("true", await page.GetAttributeAsync("#postal_code", "aria-invalid"));
        Assert.Contains("postal_code-error", await page.GetAttributeAsync("#postal_code", "aria-describedby"), StringComparison.Ordinal);
        Assert.Equal(stored, await site.StoredCountAsync());
        await session.CheckStateAsync("errors");

        if (javaScript)
        {
            await page.ClickAsync(".error-summary a[href='#postal_code']");
            Assert.Equal("postal_code", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        }

        // Fixed: the member sends it themself after all.
        await member.FillAsync(page, kind);
        Assert.False(await page.IsVisibleAsync("#agent_name"), "the agent's name still shows for the member themself");
        var reference = await session.SendExpectingReceiptAsync();

        var record = await site.Store.GetAsync(ReferenceNumber.Parse(reference), CancellationToken.None);
        Assert.NotNull(record);
        Assert.Equal(kind, record.Reference.Kind);
        Assert.Equal(language, record.Language);
        Assert.Equal(member.Name, record.Values["name"][0]);
        Assert.Equal(member.StoredFurigana, record.Values["furigana"][0]);
        Assert.Equal(member.StoredAddress, record.Values["address"][0]);
        Assert.Equal("1985-04-01", record.Values["date_of_birth"][0]);
        Assert.False(record.Values.ContainsKey("agent_name"));
        if (kind == InquiryKind.Request)
        {
            Assert.Equal(["disclosure", "correction"], record.Values["request_kinds"]);
            Assert.Equal("見本クリニック", record.Values["medical_institution"][0]);
        }

        Assert.Equal(reference, await page.TextContentAsync(".reference"));
        var text = await page.InnerTextAsync("body");
        Assert.DoesNotContain(member.Name, text, StringComparison.Ordinal);
        Assert.DoesNotContain(member.Email, text, StringComparison.Ordinal);
        Assert.DoesNotContain(member.Address.Street, text, StringComparison.Ordinal);
        Assert.Contains("03-0000-0000", text, StringComparison.Ordinal);
        await session.CheckStateAsync("receipt");

        // Printed, the receipt keeps its reference and drops the navigation.
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        Assert.False(await page.IsVisibleAsync(".site-nav"));
        Assert.True(await page.IsVisibleAsync(".reference"));
        Assert.Equal("rgba(0, 0, 0, 0)", await page.EvalOnSelectorAsync<string>(".panel", "p => getComputedStyle(p).backgroundColor"));
        await page.ScreenshotAsync(new PageScreenshotOptions { FullPage = true, Path = Path.Combine(ToolPaths.Screenshots, $"form-{name}-receipt-print.png") });

        session.AssertClean();
    }
}
