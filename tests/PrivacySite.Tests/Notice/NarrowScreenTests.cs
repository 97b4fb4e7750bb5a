using PrivacySite.Content.Model;

namespace PrivacySite.Tests.Notice;

/// <summary>
/// On a 360 px phone (and at the 320 px of WCAG reflow) no notice page scrolls sideways:
/// the data tables turn into one card per row, each cell labelled.
/// </summary>
public sealed class NarrowScreenTests(BuiltSiteBrowser browser) : IClassFixture<BuiltSiteBrowser>
{
    public static TheoryData<string, Language> Pages
    {
        get
        {
            var data = SampleNotice.SectionsByLanguage();
            data.Add("notice", Language.Ja);
            data.Add("notice", Language.En);
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task No_notice_page_scrolls_sideways_on_a_narrow_screen(string slug, Language language)
    {
        foreach (var width in new[] { 360, 320 })
        {
            var page = await browser.OpenAsync(width);
            await page.GotoAsync($"{BuiltSiteBrowser.Origin}/{SampleNotice.PageFile(slug, language)}");

            var pageWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
            Assert.True(pageWidth <= width, $"{slug} ({language}) is {pageWidth} px wide on a {width} px screen");

            // The stylesheet really loaded and stacked the tables: each cell shows its column name.
            var stacked = await page.EvaluateAsync<bool>("""
                [...document.querySelectorAll('table.stack td[data-label]')].every(td =>
                    getComputedStyle(td).display === 'block' && getComputedStyle(td, '::before').content.includes(td.dataset.label))
                """);
            Assert.True(stacked, $"{slug} ({language}): a table cell is not stacked with its label");

            // A caption squeezed to one character per line would still fit the width; it must span the card.
            var captionsSpan = await page.EvaluateAsync<bool>("""
                [...document.querySelectorAll('table.stack caption')].every(c =>
                    c.getBoundingClientRect().width >= 0.9 * c.closest('table').getBoundingClientRect().width)
                """);
            Assert.True(captionsSpan, $"{slug} ({language}): a table caption is narrower than its table");
            await page.CloseAsync();
        }
    }

    [Fact]
    public async Task On_a_wide_screen_tables_stay_tables()
    {
        var page = await browser.OpenAsync(1280);
        await page.GotoAsync($"{BuiltSiteBrowser.Origin}/purposes/");

        Assert.Equal("table-cell", await page.EvalOnSelectorAsync<string>("table.stack td", "td => getComputedStyle(td).display"));
        Assert.True(await page.EvalOnSelectorAsync<bool>("table.stack thead", "h => h.getBoundingClientRect().height > 10"));
    }
}
