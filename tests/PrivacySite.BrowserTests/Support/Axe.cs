using System.Text.Json;
using System.Text.RegularExpressions;

namespace PrivacySite.BrowserTests.Support;

/// <summary>Runs axe-core in a page for the WCAG 2.x A and AA rules and returns its violations, one line each.</summary>
public static partial class Axe
{
    private static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
    private static readonly Lazy<string> Source = new(() => File.ReadAllText(ToolPaths.AxeScript));

    /// <remarks>
    /// axe is evaluated through the browser's DevTools protocol, which the page's Content-Security-Policy
    /// does not govern, so pages can be checked while served with the production headers. Under those
    /// headers axe may not fetch a stylesheet from another origin (the service's pages use the site's):
    /// <paramref name="fetchStylesheets"/> false leaves that to the site-wide run, which bypasses the CSP.
    /// </remarks>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page, bool fetchStylesheets = true)
    {
        await page.EvaluateAsync(Source.Value);
        var violations = await page.EvaluateAsync<JsonElement>(
            """
            async ([tags, preload]) => {
              const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, preload });
              return result.violations.map(v => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map(n => n.target.join(' ')).join(', ')}`);
            }
            """, new object[] { Tags, fetchStylesheets });
        return [.. violations.EnumerateArray().Select(v => v.GetString()!)];
    }

    /// <summary>
    /// Checks a page that was loaded with JavaScript off, where axe cannot run: its document, scripts
    /// removed so it stays as it was, is laid out again in a page of <paramref name="checker"/> (a
    /// context with JavaScript) at the same address, so its stylesheet and layout are the same.
    /// </summary>
    public static async Task<IReadOnlyList<string>> ViolationsOfCopyAsync(IBrowserContext checker, string url, string html)
    {
        var page = await checker.NewPageAsync();
        try
        {
            var copy = Scripts().Replace(html, "");
            await page.RouteAsync(address => address == url, route => route.FulfillAsync(new RouteFulfillOptions { Body = copy, ContentType = "text/html; charset=utf-8" }));
            await page.GotoAsync(url);
            return await ViolationsAsync(page);
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    [GeneratedRegex("<script\\b[^>]*>.*?</script>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Scripts();
}
