namespace PrivacySite.BrowserTests.Support;

/// <summary>Measurements several tests take of a page in the browser, each written once.</summary>
public static class PageChecks
{
    /// <summary>Makes every page of the context record the Content-Security-Policy violations it raises.</summary>
    public static Task RecordCspViolationsAsync(this IBrowserContext context) =>
        context.AddInitScriptAsync("window.__violations = []; document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));");

    /// <summary>The violations recorded so far, as "directive blocked-address".</summary>
    public static Task<string[]> CspViolationsAsync(this IPage page) => page.EvaluateAsync<string[]>("() => window.__violations");

    /// <summary>How many CSS pixels the page is wider than the window (0 or less: no sideways scrolling).</summary>
    public static Task<int> OverflowAsync(this IPage page) =>
        page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
}
