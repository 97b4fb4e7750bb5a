namespace PrivacySite.BrowserTests.Support;

/// <summary>
/// axe-core over a list of pages on a desktop and a phone screen, with a full-page screenshot of
/// each under artifacts/screenshots/: what every page of a built site must pass.
/// </summary>
public static class AxeSweep
{
    private static readonly ViewportSize[] Screens = [new() { Width = 1280, Height = 900 }, new() { Width = 360, Height = 740 }];

    /// <param name="paths">Paths on <paramref name="baseUrl"/>, each starting with '/'.</param>
    /// <param name="screenshotPrefix">How the screenshots' names start ("page", "history").</param>
    /// <returns>Each violation as "path @width px: rule …"; none when every page passes.</returns>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(IBrowser browser, string baseUrl, IEnumerable<string> paths, string screenshotPrefix)
    {
        var failures = new List<string>();
        var list = paths.ToList();
        foreach (var viewport in Screens)
        {
            await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { BypassCSP = true, ViewportSize = viewport });
            var page = await context.NewPageAsync();
            foreach (var path in list)
            {
                await page.GotoAsync(baseUrl.TrimEnd('/') + path);
                failures.AddRange((await Axe.ViolationsAsync(page)).Select(v => $"{path} @{viewport.Width}px: {v}"));
                await page.ScreenshotAsync(new PageScreenshotOptions
                {
                    FullPage = true,
                    Path = Path.Combine(ToolPaths.Screenshots, $"{screenshotPrefix}{path.Replace('/', '_').Replace(".html", "")}-{viewport.Width}.png"),
                });
            }
        }

        return failures;
    }
}
