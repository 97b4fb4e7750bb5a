namespace PrivacySite.Intake.Tests.Endpoints;

/// <summary>Submissions through the service on Table Storage (a real Azurite): whatever the form accepts is stored.</summary>
public sealed class TableSubmissionTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IAsyncLifetime
{
    private IntakeApp _app = null!;

    public Task InitializeAsync()
    {
        _app = new IntakeApp(azurite.ConnectionString);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Sixteen_sent_at_once_with_two_at_every_maximum_in_the_worst_characters_are_all_stored()
    {
        using var client = _app.Client();
        var bodies = Enumerable.Range(0, 16)
            .Select(i => i is 3 or 11 ? LongestSubmissions.Json(InquiryKind.Complaint, Samples.NewToken()) : Samples.ComplaintJson(Samples.NewToken()))
            .ToList();

        var responses = await Task.WhenAll(bodies.Select(b => _app.PostJson(client, "complaint", b)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var longest = LongestSubmissions.Validated(InquiryKind.Complaint);
        foreach (var i in new[] { 3, 11 })
        {
            using var json = JsonDocument.Parse(await responses[i].Content.ReadAsStringAsync());
            var stored = await _app.Store.GetAsync(ReferenceNumber.Parse(json.RootElement.GetProperty("reference").GetString()!), CancellationToken.None);
            Assert.Equal(longest.Values["description"], stored!.Values["description"]);
        }

        Assert.Equal(16, await _app.StoredCountAsync());
    }
}
