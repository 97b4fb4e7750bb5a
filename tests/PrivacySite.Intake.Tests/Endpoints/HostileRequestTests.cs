namespace PrivacySite.Intake.Tests.Endpoints;

/// <summary>Every request of the hostile corpus gets a 4xx, never a 5xx, and nothing is stored.</summary>
public sealed class HostileRequestTests(IntakeAppFixture fixture) : IClassFixture<IntakeAppFixture>
{
    [Fact]
    public void The_corpus_has_at_least_fifty_distinct_requests()
    {
        var names = HostileCorpus.All().Select(c => c.Name).ToList();
        Assert.True(names.Count >= 50, $"only {names.Count} cases");
        Assert.Equal(names.Count, names.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(HostileCorpus.Cases), MemberType = typeof(HostileCorpus))]
    public async Task Each_hostile_request_is_refused_with_a_4xx_and_stores_nothing(HostileRequest hostile)
    {
        var app = fixture.App;
        using var client = app.Client();
        if (hostile.Prior is { } prior)
        {
            Assert.Equal(HttpStatusCode.Created, (await app.Send(client, prior.Build(), prior.Values)).StatusCode);
        }

        var before = await app.StoredCountAsync();

        var response = await app.Send(client, hostile.Build(), hostile.Values);
        var body = await response.Content.ReadAsStringAsync();

        Assert.InRange((int)response.StatusCode, 400, 499);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);   // no stack trace
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        Assert.Equal(before, await app.StoredCountAsync());
    }
}
