using System.Text.Json;
using PrivacySite.Forms.Model;

namespace PrivacySite.BrowserTests.Forms;

/// <summary>
/// What the form's script adds: progress on the button and no second submission while one is on its
/// way; and when the service cannot be reached or cannot store, a message that nothing was saved,
/// everything typed still there, and a retry with the same idempotency token that is stored once.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class EnhancementTests(SiteFixture site)
{
    private static readonly string SubmitUrl = "**/api/inquiries/complaint";

    [Fact]
    public async Task While_sending_the_button_shows_progress_and_further_presses_send_nothing()
    {
        await using var session = await OpenFilledAsync("enhancement-busy", Language.En);
        var page = session.Page;
        var posts = 0;
        var release = new TaskCompletionSource();
        await page.RouteAsync(SubmitUrl, async route =>
        {
            Interlocked.Increment(ref posts);
            await release.Task;
            await route.ContinueAsync();
        });
        var stored = await site.StoredCountAsync();

        await page.ClickAsync("form button[type=submit]");
        var button = page.Locator("form button[type=submit]");
        Assert.Equal(site.Forms.Pages.Sending[Language.En], await button.TextContentAsync());
        Assert.Equal("true", await button.GetAttributeAsync("aria-disabled"));
        Assert.Equal(site.Forms.Pages.Sending[Language.En], await page.TextContentAsync("form [role=status]"));

        // Playwright waits for an aria-disabled button to become usable; a person pressing again does not.
        await button.ClickAsync(new LocatorClickOptions { Force = true });
        await page.FocusAsync("#name");
        await page.Keyboard.PressAsync("Enter");
        await Task.Delay(300);
        Assert.Equal(1, Volatile.Read(ref posts));

        release.SetResult();
        var reference = await session.ReceiptReferenceAsync();
        Assert.Equal(1, Volatile.Read(ref posts));
        Assert.Equal(stored + 1, await site.StoredCountAsync());
        Assert.NotNull(await site.Store.GetAsync(ReferenceNumber.Parse(reference), CancellationToken.None));
        session.AssertClean();
    }

    [Fact]
    public async Task A_lost_answer_keeps_everything_typed_and_the_retry_gets_the_same_reference()
    {
        await using var session = await OpenFilledAsync("enhancement-lost-answer", Language.Ja);
        var page = session.Page;
        var tokens = new List<string>();
        string? firstReference = null;
        await page.RouteAsync(SubmitUrl, async route =>
        {
            tokens.Add(JsonDocument.Parse(route.Request.PostData!).RootElement.GetProperty("idempotency_token").GetString()!);
            if (tokens.Count == 1)
            {
                // The service stores it, but the answer never reaches the browser.
                var response = await route.FetchAsync();
                firstReference = (await response.JsonAsync())!.Value.GetProperty("reference").GetString();
                await route.AbortAsync("connectionreset");
                return;
            }

            await route.ContinueAsync();
        });
        var stored = await site.StoredCountAsync();

        await page.ClickAsync("form button[type=submit]");
        await AssertProblemShownAsync(session, site.Forms.Pages.NoAnswer.Title[Language.Ja]);
        Assert.Equal("見本 花子", await page.InputValueAsync("#name"));
        Assert.Equal(stored + 1, await site.StoredCountAsync());

        var reference = await session.SendExpectingReceiptAsync();
        Assert.Equal(2, tokens.Count);
        Assert.Equal(tokens[0], tokens[1]);
        Assert.Equal(firstReference, reference);
        Assert.Equal(stored + 1, await site.StoredCountAsync());
        session.AssertClean("request failed: POST");
    }

    [Fact]
    public async Task Offline_the_person_is_told_nothing_was_saved_and_can_send_again_once_connected()
    {
        await using var session = await OpenFilledAsync("enhancement-offline", Language.En);
        var page = session.Page;
        var stored = await site.StoredCountAsync();

        await session.Context.SetOfflineAsync(true);
        await page.ClickAsync("form button[type=submit]");
        await AssertProblemShownAsync(session, site.Forms.Pages.Offline.Title[Language.En]);
        Assert.Equal(stored, await site.StoredCountAsync());
        await session.CheckStateAsync("offline");

        await session.Context.SetOfflineAsync(false);
        await SendAgainAndFindStoredAsync(session, stored);
        session.AssertClean("request failed: POST");
    }

    [Fact]
    public async Task When_the_store_cannot_save_the_person_is_told_so_and_the_retry_is_stored()
    {
        await using var session = await OpenFilledAsync("enhancement-store-down", Language.Ja);
        var page = session.Page;
        var stored = await site.StoredCountAsync();

        // The store's folder turns into a file: the service cannot write and answers 503.
        var moved = site.StoreFolder + ".away";
        Directory.CreateDirectory(site.StoreFolder);
        Directory.Move(site.StoreFolder, moved);
        await File.WriteAllTextAsync(site.StoreFolder, "not a folder");
        try
        {
            await page.ClickAsync("form button[type=submit]");
            await AssertProblemShownAsync(session, site.Forms.Pages.Unavailable.Title[Language.Ja]);
            await session.CheckStateAsync("store-down");
        }
        finally
        {
            File.Delete(site.StoreFolder);
            Directory.Move(moved, site.StoreFolder);
        }

        Assert.Equal(stored, await site.StoredCountAsync());
        await SendAgainAndFindStoredAsync(session, stored);
        session.AssertClean("503 for POST");
    }

    private async Task<FormSession> OpenFilledAsync(string name, Language language)
    {
        var session = await FormSession.OpenAsync(site, name, javaScript: true);
        await session.Page.GotoAsync(site.Url(InquiryKind.Complaint.FormSlug(), language));
        await new Member(language, name + Guid.NewGuid().ToString("N")).FillAsync(session.Page, InquiryKind.Complaint);
        return session;
    }

    /// <summary>Sending again reaches a receipt whose reference is stored, as the only new record.</summary>
    private async Task SendAgainAndFindStoredAsync(FormSession session, int storedBefore)
    {
        var reference = await session.SendExpectingReceiptAsync();
        Assert.NotNull(await site.Store.GetAsync(ReferenceNumber.Parse(reference), CancellationToken.None));
        Assert.Equal(storedBefore + 1, await site.StoredCountAsync());
    }

    /// <summary>The problem box is shown and focused with the expected title, and the button works again.</summary>
    private static async Task AssertProblemShownAsync(FormSession session, string title)
    {
        var page = session.Page;
        await page.Locator(".form-problem").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
        Assert.Equal(title, await page.TextContentAsync(".form-problem h2"));
        Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement.classList.contains('form-problem')"));
        Assert.Null(await page.GetAttributeAsync("form button[type=submit]", "aria-disabled"));
        Assert.False(await page.IsVisibleAsync(".error-summary"));
    }
}
