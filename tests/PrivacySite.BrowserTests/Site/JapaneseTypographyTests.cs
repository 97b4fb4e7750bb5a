using System.Globalization;

namespace PrivacySite.BrowserTests.Site;

/// <summary>
/// Japanese as members read it on a 360 px phone: lines of headings, buttons and labels break between
/// phrases (never inside 「について」, 「利用」, 「始める」), the font stack names Japanese fonts before the
/// generic family, inputs are as wide as the answer expected, and every radio and checkbox is a touch
/// target of at least 44 px.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class JapaneseTypographyTests(SiteFixture site)
{
    // Words the issue saw split across lines, and a few more the pages use in headings and buttons.
    private static readonly string[] Words = ["について", "利用", "始める", "送る", "請求", "取扱い", "個人情報"];

    // The text of each line an element's text is laid out in, read off the positions of its characters.
    private const string LinesOf = """
        element => {
            const lines = [];
            let top = null;
            const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                for (let i = 0; i < node.length; i++) {
                    const range = document.createRange();
                    range.setStart(node, i);
                    range.setEnd(node, i + 1);
                    const rect = range.getClientRects()[0];
                    if (!rect) continue;
                    if (top === null || rect.top > top + rect.height / 2) { lines.push(""); top = rect.top; }
                    lines[lines.length - 1] += node.data[i];
                }
            }
            return lines.map(l => l.trim()).filter(l => l.length > 0);
        }
        """;

    [Fact]
    public async Task Japanese_headings_buttons_and_labels_break_between_phrases_on_a_phone()
    {
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 360, Height = 800 } });
        var page = await context.NewPageAsync();
        var failures = new List<string>();
        var wrapped = 0;
        foreach (var path in site.PagePaths().Where(p => !p.StartsWith("/en/", StringComparison.Ordinal) && p != "/404.html"))
        {
            await page.GotoAsync(site.BaseUrl.TrimEnd('/') + path);
            foreach (var element in await page.QuerySelectorAllAsync("main h1, main h2, main h3, .button--start, .field__label, .site-nav a"))
            {
                var lines = await element.EvaluateAsync<string[]>(LinesOf);
                if (lines.Length < 2)
                {
                    continue;
                }

                wrapped++;
                for (var i = 1; i < lines.Length; i++)
                {
                    var (before, after) = (lines[i - 1], lines[i]);
                    var split = Words.FirstOrDefault(w => Enumerable.Range(1, w.Length - 1).Any(k => before.EndsWith(w[..k], StringComparison.Ordinal) && after.StartsWith(w[k..], StringComparison.Ordinal)));
                    if (split is not null)
                    {
                        failures.Add($"{path}: 「{split}」 split across lines: {string.Join(" / ", lines)}");
                    }
                }

                if (lines[^1].Length == 1)
                {
                    failures.Add($"{path}: a line of one character: {string.Join(" / ", lines)}");
                }
            }
        }

        Assert.True(wrapped >= 10, $"only {wrapped} wrapped headings or labels were looked at");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task The_font_stack_names_Japanese_fonts_for_every_system_before_the_generic_family()
    {
        await using var context = await site.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url("index", Language.Ja));

        var stack = (await page.EvaluateAsync<string>("() => getComputedStyle(document.body).fontFamily")).Split(',').Select(f => f.Trim().Trim('"')).ToList();

        Assert.Equal("Noto Sans JP", stack[0]);
        Assert.Equal("sans-serif", stack[^1]);
        Assert.DoesNotContain("system-ui", stack);
        Assert.All(new[] { "Hiragino Sans", "BIZ UDPGothic", "Yu Gothic", "Meiryo" }, font => Assert.Contains(font, stack));
    }

    [Theory]
    [InlineData(Language.Ja)]
    [InlineData(Language.En)]
    public async Task Inputs_are_as_wide_as_the_answer_expected(Language language)
    {
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url(InquiryKind.Request.FormSlug(), language));
        async Task<double> Width(string id) => (await page.Locator("#" + id).BoundingBoxAsync())!.Width;

        var full = await Width("name");
        var postal = await Width("postal_code");
        var phone = await Width("phone");
        var year = await Width("date_of_birth_year");
        var month = await Width("date_of_birth_month");

        Assert.True(full >= 400, $"the name is {full}px wide");
        Assert.InRange(postal, 80, full / 2);
        Assert.InRange(phone, postal, full * 0.6);
        Assert.InRange(year, month, postal);
        Assert.Equal(full, await Width("address_street"));
        Assert.True(await Width("address_prefecture") < full / 2);

        // Every input, however narrow, still takes the longest answer it accepts without scrolling out of a 360 px screen.
        await page.SetViewportSizeAsync(360, 800);
        Assert.True(await page.OverflowAsync() <= 0);
    }

    [Theory]
    [InlineData(Language.Ja)]
    [InlineData(Language.En)]
    public async Task Every_radio_and_checkbox_with_its_label_is_a_touch_target_of_at_least_44px(Language language)
    {
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 360, Height = 800 } });
        var page = await context.NewPageAsync();
        var failures = new List<string>();
        var checkedCount = 0;
        foreach (var kind in InquiryKinds.All)
        {
            await page.GotoAsync(site.Url(kind.FormSlug(), language));

            // Show the groups choices reveal, so their controls are measured too.
            await page.CheckAsync("#requester-appointed_agent");
            if (kind == InquiryKind.Request)
            {
                await page.CheckAsync("#request_kinds-disclosure");
            }

            var targets = await page.EvaluateAsync<string[]>("""
                () => [...document.querySelectorAll('.field__choice input')].filter(i => i.checkVisibility()).map(input => {
                    const label = document.querySelector(`label[for="${input.id}"]`);
                    input.scrollIntoView({ block: 'center' });
                    const box = label.getBoundingClientRect(), control = input.getBoundingClientRect();
                    const hit = document.elementFromPoint(control.left + control.width / 2, control.top + control.height / 2);
                    const covers = box.left <= control.left && box.right >= control.right && box.top <= control.top && box.bottom >= control.bottom;
                    return `${input.id} ${Math.round(box.width)} ${Math.round(box.height)} ${covers} ${hit === input || hit === label}`;
                })
                """);
            foreach (var target in targets)
            {
                checkedCount++;
                var parts = target.Split(' ');
                if (int.Parse(parts[1], CultureInfo.InvariantCulture) < 44 || int.Parse(parts[2], CultureInfo.InvariantCulture) < 44 || parts[3] != "true" || parts[4] != "true")
                {
                    failures.Add($"{kind.FormSlug()}: #{parts[0]} target {parts[1]}×{parts[2]}px, covers its control: {parts[3]}, a tap on the control chooses it: {parts[4]}");
                }
            }
        }

        Assert.True(checkedCount >= 20, $"only {checkedCount} choices measured");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        await page.ScreenshotAsync(new PageScreenshotOptions { FullPage = true, Path = Path.Combine(ToolPaths.Screenshots, $"form-choices-{language.Code()}-360.png") });
    }
}
