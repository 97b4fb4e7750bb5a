using System.Text.RegularExpressions;

namespace PrivacySite.BrowserTests.Support;

/// <summary>
/// One person's visit to a form in its own browser context, served with the production headers
/// (no CSP bypass), with JavaScript on or off. It collects CSP violations, console errors and
/// script errors all along, and checks each state it is asked to: axe-core, the Nu Html Checker,
/// no sideways scrolling, and a screenshot kept as test output.
/// </summary>
public sealed partial class FormSession : IAsyncDisposable
{
    private readonly SiteFixture _site;
    private readonly string _name;
    private readonly List<string> _failures = [];
    private string _state = "start";
    private IBrowserContext? _checker;

    private FormSession(SiteFixture site, IBrowserContext context, IPage page, string name, bool javaScript)
    {
        _site = site;
        Context = context;
        _name = name;
        Page = page;
        JavaScript = javaScript;
        page.Console += (_, message) =>
        {
            // Chromium also logs each failed request and 4xx/5xx response as "Failed to load resource"; the handlers
            // below report those with their address, and let through the 400 that answers a post with mistakes.
            if (message.Type is "error" or "warning" && !message.Text.StartsWith("Failed to load resource: ", StringComparison.Ordinal))
            {
                _failures.Add($"{_state}: console {message.Type}: {message.Text}");
            }
        };
        page.PageError += (_, error) => _failures.Add($"{_state}: script error: {error}");
        page.RequestFailed += (_, request) => _failures.Add($"{_state}: request failed: {request.Method} {request.Url} ({request.Failure})");
        page.Response += (_, response) =>
        {
            // A form post with mistakes is answered 400 by design; anything else failing is a fault.
            if (response.Status >= 400 && !(response.Status == 400 && response.Request.Method == "POST"))
            {
                _failures.Add($"{_state}: {response.Status} for {response.Request.Method} {response.Url}");
            }
        };
    }

    public IPage Page { get; }

    public IBrowserContext Context { get; }

    public bool JavaScript { get; }

    public static async Task<FormSession> OpenAsync(SiteFixture site, string name, bool javaScript, int width = 1280)
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            JavaScriptEnabled = javaScript,
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
        });
        await context.RecordCspViolationsAsync();
        return new FormSession(site, context, await context.NewPageAsync(), name, javaScript);
    }

    /// <summary>Presses the send button and waits for the error summary (a new page without JavaScript).</summary>
    public async Task SendExpectingErrorsAsync()
    {
        _state = "sending with mistakes";
        await Page.Locator("form button[type=submit]").ClickAsync();
        if (!JavaScript)
        {
            // The service answers the post itself, with the form again at the post's address.
            await Page.WaitForURLAsync(SubmitAddress(), new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit });
        }

        await Page.Locator(".error-summary").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
    }

    /// <summary>Presses the send button and waits for the receipt page; returns its reference number.</summary>
    public async Task<string> SendExpectingReceiptAsync()
    {
        _state = "sending";
        await Page.Locator("form button[type=submit]").ClickAsync();
        return await ReceiptReferenceAsync();
    }

    public async Task<string> ReceiptReferenceAsync()
    {
        // Waiting for the load event after a POST and its 303 sometimes never ends in Playwright;
        // the address changing and the reference being on the page is what matters.
        await Page.WaitForURLAsync(ReceiptAddress(), new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit });
        await Page.Locator(".reference").WaitForAsync();
        return ReceiptAddress().Match(Page.Url).Groups["ref"].Value;
    }

    /// <summary>Checks the page as it is now and records what is wrong; <see cref="AssertClean"/> reports it all.</summary>
    public async Task CheckStateAsync(string state)
    {
        _state = state;
        var label = $"{_name}-{state}";
        await Page.ScreenshotAsync(new PageScreenshotOptions { FullPage = true, Path = Path.Combine(ToolPaths.Screenshots, $"form-{label}.png") });
        var html = await Page.ContentAsync();

        var violations = JavaScript
            ? await Axe.ViolationsAsync(Page, fetchStylesheets: false)
            : await Axe.ViolationsOfCopyAsync(_checker ??= await _site.Browser.NewContextAsync(), Page.Url, html);
        _failures.AddRange(violations.Select(v => $"{state}: axe: {v}"));
        _failures.AddRange((await _site.HtmlChecker.ErrorsAsync(new Dictionary<string, string> { [label] = html })).Select(e => $"{state}: Nu: {e}"));
        if (JavaScript)
        {
            _failures.AddRange((await Page.CspViolationsAsync()).Select(v => $"{state}: CSP: {v}"));
        }

        var overflow = await Page.OverflowAsync();
        if (overflow > 0)
        {
            _failures.Add($"{state}: the page is {overflow}px wider than the screen");
        }
    }

    /// <summary>Fails with everything recorded, except what a test brought about on purpose, which must have happened.</summary>
    /// <param name="expected">Parts of the recorded lines the test caused, such as "request failed: POST".</param>
    public void AssertClean(params string[] expected)
    {
        var unexpected = _failures.Where(f => !expected.Any(e => f.Contains(e, StringComparison.Ordinal))).ToList();
        Assert.True(unexpected.Count == 0, $"{_name}:\n" + string.Join("\n", unexpected));
        Assert.All(expected, e => Assert.True(_failures.Any(f => f.Contains(e, StringComparison.Ordinal)), $"{_name}: '{e}' was expected but did not happen"));
    }

    [GeneratedRegex(@"/api/inquiries/(request|complaint)$")]
    private static partial Regex SubmitAddress();

    [GeneratedRegex(@"/api/inquiries/receipt/(ja|en)\?ref=(?<ref>[A-Z]-[0-9A-Z]{4}-[0-9A-Z]{4})$")]
    public static partial Regex ReceiptAddress();

    public async ValueTask DisposeAsync()
    {
        await Context.DisposeAsync();
        if (_checker is not null)
        {
            await _checker.DisposeAsync();
        }
    }
}
