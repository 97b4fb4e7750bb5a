namespace PrivacySite.Intake.Tests.Status;

/// <summary>What keeps the status page from being guessed at or used from elsewhere: posts only, same origin only, a per-client limit.</summary>
public sealed class StatusPageGuardTests : IAsyncLifetime
{
    private readonly IntakeApp _app = new(permitLimit: 3);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task The_page_is_a_form_and_a_reference_and_code_in_the_address_open_nothing()
    {
        using var client = _app.Client();
        var (reference, code) = StatusPages.CodeFrom(await _app.PostForm(client, "request", Samples.RequestForm()));

        var response = await client.GetAsync($"/api/inquiries/status/ja?reference={reference.Value}&code={code.Value}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
        Assert.Contains("<form method=\"post\" action=\"/api/inquiries/status/ja\"", html);
        Assert.DoesNotContain(reference.Value, html);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/inquiries/status/fr")).StatusCode);
    }

    [Theory]
    [InlineData("cross-site", null)]
    [InlineData("same-site", null)]
    [InlineData(null, "https://attacker.example")]
    public async Task A_post_from_another_site_is_refused_without_a_lookup(string? fetchSite, string? origin)
    {
        using var client = _app.Client();
        var (reference, code) = StatusPages.CodeFrom(await _app.PostForm(client, "request", Samples.RequestForm()));
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/inquiries/status/en")
        {
            Content = new FormUrlEncodedContent([new("reference", reference.Value), new("code", code.Value)]),
        };
        if (fetchSite is not null)
        {
            request.Headers.Add("Sec-Fetch-Site", fetchSite);
        }

        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        var response = await _app.Send(client, request, [code.Value]);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Please check your status from this page", html);
        Assert.DoesNotContain(reference.Value, html);
    }

    [Fact]
    public async Task Too_many_lookups_get_429_in_the_page_language_and_submissions_have_their_own_limit()
    {
        using var client = _app.Client();
        var (reference, code) = StatusPages.CodeFrom(await _app.PostForm(client, "request", Samples.RequestForm()));
        for (var i = 0; i < 3; i++)
        {
            await StatusPages.LookUpAsync(_app, client, "en", reference.Value, RandomStatusCodes.New().Value);
        }

        var limited = await StatusPages.LookUpAsync(_app, client, "en", reference.Value, code.Value);
        var html = await limited.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(60), limited.Headers.RetryAfter!.Delta);
        Assert.Equal("no-store", limited.Headers.CacheControl!.ToString());
        Assert.Contains("<html lang=\"en\"", html);
        Assert.Contains("Too many attempts", html);
        Assert.DoesNotContain(reference.Value, html);
        Assert.Equal(HttpStatusCode.Created, (await _app.PostJson(client, "complaint", Samples.ComplaintJson(Samples.NewToken()))).StatusCode);
    }
}
