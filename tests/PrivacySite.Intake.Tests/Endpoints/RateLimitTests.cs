namespace PrivacySite.Intake.Tests.Endpoints;

/// <summary>Past the configured number of submissions per window, a client gets 429 with Retry-After and nothing is stored.</summary>
public sealed class RateLimitTests : IAsyncLifetime
{
    private readonly IntakeApp _app = new(permitLimit: 3);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task The_fourth_submission_in_a_window_is_refused_with_429()
    {
        using var client = _app.Client();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Created, (await _app.PostJson(client, "complaint", Samples.ComplaintJson(Samples.NewToken()))).StatusCode);
        }

        var refused = await _app.PostJson(client, "complaint", Samples.ComplaintJson(Samples.NewToken()));
        var form = await _app.PostForm(client, "request", Samples.RequestForm());

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(60), refused.Headers.RetryAfter!.Delta);
        Assert.Equal("rate_limited", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.TooManyRequests, form.StatusCode);
        Assert.Equal("text/html", form.Content.Headers.ContentType!.MediaType);
        Assert.Equal("no-store", form.Headers.CacheControl!.ToString());
        Assert.Equal(3, await _app.StoredCountAsync());
    }

    [Fact]
    public async Task The_health_check_is_not_rate_limited()
    {
        using var client = _app.Client();
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/health")).StatusCode);
        }
    }
}
