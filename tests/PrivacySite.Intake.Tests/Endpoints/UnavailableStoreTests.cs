using AngleSharp.Html.Parser;

namespace PrivacySite.Intake.Tests.Endpoints;

/// <summary>With Table Storage configured but nothing listening, the service still starts and answers 503, never 500.</summary>
public sealed class UnavailableStoreTests : IAsyncLifetime
{
    private readonly IntakeApp _app = new(AzuriteProcess.ConnectionStringAt(FreePort.Next()));

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Json_gets_503_with_retry_after_and_a_message_that_nothing_was_saved()
    {
        using var client = _app.Client();
        var response = await _app.PostJson(client, "complaint", Samples.ComplaintJson());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(7), response.Headers.RetryAfter!.Delta);
        var error = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors")[0];
        Assert.Equal("store_unavailable", error.GetProperty("code").GetString());
        Assert.Contains("保存されていません", error.GetProperty("message").GetProperty("ja").GetString());
        Assert.Contains("Nothing was saved", error.GetProperty("message").GetProperty("en").GetString());
    }

    [Fact]
    public async Task A_form_post_gets_a_503_page_in_its_language()
    {
        using var client = _app.Client();
        var response = await _app.PostForm(client, "request", Samples.RequestForm(lang: "en"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal("en", document.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Nothing was saved", document.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task Health_reports_the_store_unreachable()
    {
        using var client = _app.Client();
        var response = await client.GetAsync("/api/health");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("unavailable", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
    }
}
