using Microsoft.Extensions.DependencyInjection;
using PrivacySite.Inquiries.Desk;

namespace PrivacySite.Intake.Tests.Status;

/// <summary>
/// The status page without an account, through the real service on each store: the code created at intake
/// reaches only the sender's receipt (never an address) and is stored as its hash; the right reference and
/// code show the status, due date, extension and what is still needed, in both languages; every other pair
/// gets one answer; the code is never logged (the app's log check fails the test otherwise).
/// </summary>
public abstract class StatusPageContract : IAsyncLifetime
{
    private IntakeApp _app = null!;

    protected abstract IntakeApp CreateApp();

    /// <summary>Everything the store holds, as written to its disk or table: what a backup or a reader of the storage account sees.</summary>
    protected abstract Task<string> StoredTextAsync(IntakeApp app);

    public Task InitializeAsync()
    {
        _app = CreateApp();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_form_post_hands_the_code_to_its_receipt_alone_and_the_store_keeps_only_its_hash()
    {
        using var client = _app.Client();
        var response = await _app.PostForm(client, "request", Samples.RequestForm());
        var (reference, code) = StatusPages.CodeFrom(response);
        var stored = (await _app.Store.GetAsync(reference, CancellationToken.None))!;

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.DoesNotContain(code.Value, response.Headers.Location!.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/api/inquiries/receipt/", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(code.HashFor(reference), stored.StatusCodeHash);
        Assert.DoesNotContain(code.Value, JsonSerializer.Serialize(stored));

        var withCookie = await StatusPages.ReceiptAsync(client, response, cookie);
        var withoutCookie = await client.GetStringAsync(response.Headers.Location);
        var forged = await StatusPages.ReceiptAsync(client, response, cookie.Replace(code.Value, RandomStatusCodes.New().Value, StringComparison.Ordinal));
        Assert.Contains(code.Value, withCookie);
        Assert.Contains("href=\"/api/inquiries/status/ja\"", withCookie);
        Assert.Contains(SampleContent.Content.Forms.Pages.Status.Receipt.Note.Ja, withCookie);
        Assert.DoesNotContain(SampleContent.Content.Forms.Pages.Status.Receipt.Note.Ja, withoutCookie);
        Assert.DoesNotContain(SampleContent.Content.Forms.Pages.Status.Receipt.Note.Ja, forged);
    }

    [Fact]
    public async Task The_acknowledgement_waiting_in_the_outbox_holds_no_code_and_is_sent_with_the_one_derived_again()
    {
        using var client = _app.Client();
        var (reference, code) = StatusPages.CodeFrom(await _app.PostForm(client, "request", Samples.RequestForm()));

        // No mail server is set, so the acknowledgement waits in the outbox: the store holds its hash, never the code.
        var waiting = Assert.Single(await _app.Store.ForAsync(reference, CancellationToken.None), m => m.Channel == Inquiries.Outbox.OutboxChannel.Email);
        Assert.Equal(Inquiries.Outbox.OutboxState.Pending, waiting.State);
        var stored = await StoredTextAsync(_app);
        Assert.Contains(code.HashFor(reference), stored);
        Assert.DoesNotContain(code.Value, stored);
        Assert.DoesNotContain(code.Value.Replace("-", "", StringComparison.Ordinal), stored);

        // When it is written, the code is derived again from the service's key and the stored hash.
        var record = (await _app.Store.GetAsync(reference, CancellationToken.None))!;
        Assert.Equal(code, _app.Services.GetRequiredService<StatusCodeKeys>().Recover(reference, record.StatusCodeHash));
    }

    [Fact]
    public async Task A_script_post_gets_the_code_in_its_answer_and_hands_it_to_the_receipt_as_a_post()
    {
        using var client = _app.Client();
        var response = await _app.PostJson(client, "complaint", Samples.ComplaintJson());
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        var reference = json.GetProperty("reference").GetString()!;
        Assert.True(StatusCode.TryParse(json.GetProperty("statusCode").GetString(), out var code));

        var handOver = await _app.Send(client, new HttpRequestMessage(HttpMethod.Post, "/api/inquiries/receipt/en")
        {
            Content = new FormUrlEncodedContent([new("reference", reference), new("code", code.Value.Value)]),
        }, [code.Value.Value]);

        Assert.Equal(HttpStatusCode.SeeOther, handOver.StatusCode);
        Assert.Equal($"/api/inquiries/receipt/en?ref={reference}", handOver.Headers.Location!.OriginalString);
        var receipt = await StatusPages.ReceiptAsync(client, handOver, Assert.Single(handOver.Headers.GetValues("Set-Cookie")));
        Assert.Contains(code.Value.Value, receipt);
        Assert.Contains("href=\"/api/inquiries/status/en\"", receipt);
    }

    [Theory]
    [InlineData("ja")]
    [InlineData("en")]
    public async Task The_right_pair_shows_the_status_the_due_date_and_what_is_still_needed(string lang)
    {
        var language = lang == "en" ? PrivacySite.Content.Model.Language.En : PrivacySite.Content.Model.Language.Ja;
        using var client = _app.Client();
        var (reference, code) = StatusPages.CodeFrom(await _app.PostForm(client, "request", Samples.RequestForm(lang: lang)));
        var stored = (await _app.Store.GetAsync(reference, CancellationToken.None))!;

        var response = await StatusPages.LookUpAsync(_app, client, lang, reference.Value.ToLowerInvariant(), code.Value);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
        Assert.Contains($"<html lang=\"{lang}\"", html);
        var words = SampleContent.Content.Forms.Pages.Status;
        Assert.Contains(words.Statuses.Received.Name[language], html);
        Assert.Contains(words.Result.Due[language], html);
        Assert.Contains(stored.DueOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), html);
        Assert.All(SampleContent.Content.Notice.Requests.Identity.Person, d => Assert.Contains(System.Net.WebUtility.HtmlEncode(d[language]), html));
        Assert.Contains(reference.Value, html);
        Assert.DoesNotContain(code.Value, html);
        foreach (var personal in new[] { "見本 太郎", "ミホン タロウ", "taro@example.org", "2023年度の健診結果", "見本クリニック" })
        {
            Assert.DoesNotContain(personal, html);
        }
    }

    [Fact]
    public async Task Every_pair_that_opens_nothing_gets_the_same_answer()
    {
        using var client = _app.Client();
        var (reference, code) = StatusPages.CodeFrom(await _app.PostForm(client, "request", Samples.RequestForm()));
        var unknown = ReferenceNumber.New(InquiryKind.Request);

        var wrongCode = await StatusPages.LookUpAsync(_app, client, "ja", reference.Value, RandomStatusCodes.New().Value);
        var unknownReference = await StatusPages.LookUpAsync(_app, client, "ja", unknown.Value, code.Value);
        var noCode = await StatusPages.LookUpAsync(_app, client, "ja", reference.Value, "");

        Assert.All(new[] { wrongCode, unknownReference, noCode }, r => Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode));
        var bodies = new[]
        {
            (await wrongCode.Content.ReadAsStringAsync()).Replace(reference.Value, "REF", StringComparison.Ordinal),
            (await unknownReference.Content.ReadAsStringAsync()).Replace(unknown.Value, "REF", StringComparison.Ordinal),
            (await noCode.Content.ReadAsStringAsync()).Replace(reference.Value, "REF", StringComparison.Ordinal),
        };
        Assert.Equal(bodies[0], bodies[1]);
        Assert.Equal(bodies[0], bodies[2]);
        Assert.Contains(SampleContent.Content.Forms.Pages.Status.NotFound.Title.Ja, bodies[0]);
        Assert.DoesNotContain(SampleContent.Content.Forms.Pages.Status.Statuses.Received.Name.Ja, bodies[0]);
    }

    [Fact]
    public async Task Documents_asked_for_and_an_extension_with_its_reason_show_on_the_status_page()
    {
        using var client = _app.Client();
        var (reference, code) = StatusPages.CodeFrom(await _app.PostForm(client, "request", Samples.RequestForm(lang: "en")));
        var desk = new InquiryDesk(_app.Store, TimeProvider.System);
        var stored = (await _app.Store.GetAsync(reference, CancellationToken.None))!;
        var later = stored.DueOn.AddDays(30);
        Assert.IsType<StatusChange.Changed>(await desk.ChangeStatusAsync(reference, InquiryStatus.AwaitingDocuments, "見本 一郎", "A copy of your health insurance card", CancellationToken.None));
        Assert.IsType<StatusChange.Changed>(await desk.ExtendAsync(reference, later, "見本 一郎", "We need records from another office", CancellationToken.None));

        var html = await (await StatusPages.LookUpAsync(_app, client, "en", reference.Value, code.Value)).Content.ReadAsStringAsync();

        var words = SampleContent.Content.Forms.Pages.Status;
        Assert.Contains(words.Statuses.AwaitingDocuments.Name.En!, html);
        Assert.Contains("A copy of your health insurance card", html);
        Assert.Contains(words.Result.Extended.En!, html);
        Assert.Contains(later.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), html);
        Assert.Contains("We need records from another office", html);
        Assert.DoesNotContain("見本 一郎", html);
    }
}

public sealed class FileStatusPageTests : StatusPageContract
{
    protected override IntakeApp CreateApp() => new();

    protected override async Task<string> StoredTextAsync(IntakeApp app)
    {
        var text = new System.Text.StringBuilder();
        foreach (var file in Directory.EnumerateFiles(app.StoreFolder, "*", SearchOption.AllDirectories))
        {
            text.Append(await File.ReadAllTextAsync(file));
        }

        return text.ToString();
    }
}

public sealed class TableStatusPageTests(AzuriteFixture azurite) : StatusPageContract, IClassFixture<AzuriteFixture>
{
    protected override IntakeApp CreateApp() => new(azurite.ConnectionString);

    protected override async Task<string> StoredTextAsync(IntakeApp app)
    {
        var table = new Azure.Data.Tables.TableClient(azurite.ConnectionString, app.TableName);
        var text = new System.Text.StringBuilder();
        await foreach (var entity in table.QueryAsync<Azure.Data.Tables.TableEntity>())
        {
            text.Append(JsonSerializer.Serialize(entity));
        }

        return text.ToString();
    }
}
