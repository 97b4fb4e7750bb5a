namespace PrivacySite.BrowserTests.Notice;

/// <summary>
/// On a phone the notice's data tables turn into one card per row: every cell shows its column
/// name, the caption spans the card, and on a wide screen they stay ordinary tables.
/// (That no page scrolls sideways is checked for every page in StaticPageTests.)
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class NoticeTablesOnPhonesTests(SiteFixture site)
{
    [Theory]
    [InlineData(360)]
    [InlineData(320)]
    public async Task Tables_become_labelled_cards_with_a_full_width_caption(int width)
    {
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 740 } });
        var page = await context.NewPageAsync();
        var tables = 0;
        foreach (var path in site.PagePaths())
        {
            await page.GotoAsync(site.BaseUrl.TrimEnd('/') + path);
            tables += await page.EvaluateAsync<int>("() => document.querySelectorAll('table.stack').length");

            var unlabelled = await page.EvaluateAsync<string[]>("""
                () => [...document.querySelectorAll('table.stack td[data-label]')]
                    .filter(td => getComputedStyle(td).display !== 'block' || !getComputedStyle(td, '::before').content.includes(td.dataset.label))
                    .map(td => td.dataset.label)
                """);
            Assert.True(unlabelled.Length == 0, $"{path} @{width}px: cells not stacked with their label: {string.Join(", ", unlabelled)}");

            // A caption squeezed to one character per line would still fit the screen; it must span its card.
            var narrowCaptions = await page.EvaluateAsync<int>("""
                () => [...document.querySelectorAll('table.stack caption')]
                    .filter(c => c.getBoundingClientRect().width < 0.9 * c.closest('table').getBoundingClientRect().width).length
                """);
            Assert.True(narrowCaptions == 0, $"{path} @{width}px: {narrowCaptions} caption(s) narrower than their table");
        }

        Assert.True(tables >= 10, $"only {tables} stacked tables were checked");
    }

    [Theory]
    [InlineData(Language.Ja)]
    [InlineData(Language.En)]
    public async Task Screen_readers_hear_each_cell_s_column_header_once_on_a_phone(Language language)
    {
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 360, Height = 740 } });
        var page = await context.NewPageAsync();
        var failures = new List<string>();
        var cells = 0;
        foreach (var slug in new[] { "purposes", "requests", "consignees", "my-number" })
        {
            await page.GotoAsync(site.Url(slug, language));
            var tables = page.Locator("table.stack");
            for (var t = 0; t < await tables.CountAsync(); t++)
            {
                var table = tables.Nth(t);
                var headers = await table.EvaluateAsync<string[]>("t => [...t.querySelectorAll('thead th')].map(th => th.textContent.trim())");
                var tree = (await table.AriaSnapshotAsync()).Split('\n').Select(l => l.Trim()).ToList();

                // The table keeps its semantics stacked, so each cell is announced with its header ...
                if (!tree.Any(l => l.StartsWith("- columnheader", StringComparison.Ordinal)))
                {
                    failures.Add($"/{slug}/ table {t + 1}: no column headers left in the accessibility tree");
                }

                // ... and the label drawn above the cell is not read a second time as part of it.
                foreach (var cell in tree.Where(l => l.StartsWith("- cell \"", StringComparison.Ordinal)))
                {
                    cells++;
                    var name = cell["- cell \"".Length..];
                    if (headers.FirstOrDefault(h => name.StartsWith(h, StringComparison.Ordinal)) is { } header)
                    {
                        failures.Add($"/{slug}/ table {t + 1}: a cell reads its header '{header}' again: {cell}");
                    }
                }
            }
        }

        Assert.True(cells >= 20, $"only {cells} cells were read");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(10)));
    }

    [Fact]
    public async Task On_a_wide_screen_tables_stay_tables_with_visible_headers()
    {
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.BaseUrl.TrimEnd('/') + "/purposes/");

        Assert.Equal("table-cell", await page.EvalOnSelectorAsync<string>("table.stack td", "td => getComputedStyle(td).display"));
        Assert.True(await page.EvalOnSelectorAsync<bool>("table.stack thead", "head => head.getBoundingClientRect().height > 10"));
    }
}
