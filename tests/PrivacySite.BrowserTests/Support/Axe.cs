using System.Text.Json;
using Microsoft.Playwright;

namespace PrivacySite.BrowserTests.Support;

/// <summary>Runs axe-core in a page for the WCAG 2.x A and AA rules and returns its violations, one line each.</summary>
public static class Axe
{
    private static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    /// <remarks>The page's context must bypass CSP: axe is injected as a script the site itself never has.</remarks>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page)
    {
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = ToolPaths.AxeScript });
        var violations = await page.EvaluateAsync<JsonElement>(
            """
            async (tags) => {
              const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
              return result.violations.map(v => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map(n => n.target.join(' ')).join(', ')}`);
            }
            """, Tags);
        return [.. violations.EnumerateArray().Select(v => v.GetString()!)];
    }
}
