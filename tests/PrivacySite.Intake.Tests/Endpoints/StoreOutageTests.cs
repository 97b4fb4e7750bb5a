using System.Collections.Concurrent;

namespace PrivacySite.Intake.Tests.Endpoints;

/// <summary>
/// Azurite (data on disk) is stopped during a stream of submissions and started again: while it is
/// down every answer is 503 with Retry-After, never a 500; afterwards submissions succeed again, every
/// reference that got a 201 is in the store, and each refused submission can be sent again and is kept.
/// </summary>
public sealed class StoreOutageTests : IAsyncLifetime
{
    private const int Up = 0, Down = 1, Restarting = 2, Restarted = 3;
    private readonly TempFolder _folder = new();
    private AzuriteProcess _azurite = null!;
    private IntakeApp _app = null!;

    public async Task InitializeAsync()
    {
        _azurite = new AzuriteProcess(_folder.Combine("azurite"));
        Directory.CreateDirectory(_folder.Combine("azurite"));
        await _azurite.StartAsync();
        _app = new IntakeApp(_azurite.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _azurite.DisposeAsync();
        _folder.Dispose();
    }

    private sealed record Outcome(string Token, int SentIn, int AnsweredIn, HttpStatusCode Status, string? Reference, bool RetryAfter, string? Code);

    [Fact]
    public async Task An_outage_answers_503_and_loses_nothing_that_was_confirmed()
    {
        using var client = _app.Client();
        var outcomes = new ConcurrentQueue<Outcome>();
        var phase = Up;
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(90));

        async Task Worker()
        {
            for (var i = 0; i < 300 && !stop.IsCancellationRequested; i++)
            {
                var token = Samples.NewToken();
                var sentIn = Volatile.Read(ref phase);
                var response = await _app.PostJson(client, "complaint", Samples.ComplaintJson(token));
                var json = await response.Content.ReadFromJsonAsync<JsonElement>();
                outcomes.Enqueue(new Outcome(
                    token, sentIn, Volatile.Read(ref phase), response.StatusCode,
                    response.StatusCode == HttpStatusCode.Created ? json.GetProperty("reference").GetString() : null,
                    response.Headers.RetryAfter is not null,
                    json.TryGetProperty("errors", out var errors) ? errors[0].GetProperty("code").GetString() : null));
                await Task.Delay(10);
            }
        }

        async Task WaitFor(Func<Outcome, bool> condition, int count)
        {
            while (outcomes.Count(condition) < count && !stop.IsCancellationRequested)
            {
                await Task.Delay(50);
            }
        }

        var stream = Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Worker()));
        await WaitFor(o => o.Status == HttpStatusCode.Created, 10);
        await _azurite.StopAsync();
        Volatile.Write(ref phase, Down);
        await WaitFor(o => o.SentIn == Down && o.AnsweredIn == Down, 6);

        // Azurite may answer before StartAsync has noticed it listening: that window is not "down".
        Volatile.Write(ref phase, Restarting);
        await _azurite.StartAsync();
        Volatile.Write(ref phase, Restarted);
        await WaitFor(o => o.SentIn == Restarted && o.Status == HttpStatusCode.Created, 10);
        await stop.CancelAsync();
        await stream;

        var all = outcomes.ToList();
        Assert.All(all, o => Assert.True(o.Status is HttpStatusCode.Created or HttpStatusCode.ServiceUnavailable, $"answered {o.Status}"));
        var duringOutage = all.Where(o => o.SentIn == Down && o.AnsweredIn == Down).ToList();
        Assert.True(duringOutage.Count >= 6, $"only {duringOutage.Count} answers during the outage");
        Assert.All(duringOutage, o => Assert.Equal((HttpStatusCode.ServiceUnavailable, true, "store_unavailable"), (o.Status, o.RetryAfter, o.Code)));
        Assert.True(all.Count(o => o.SentIn == Restarted && o.Status == HttpStatusCode.Created) >= 10);

        foreach (var confirmed in all.Where(o => o.Status == HttpStatusCode.Created))
        {
            var stored = await _app.Store.GetAsync(ReferenceNumber.Parse(confirmed.Reference!), CancellationToken.None);
            Assert.NotNull(stored);
        }

        // Nothing refused is lost for good: the person sends it again and it is kept, once.
        foreach (var refused in all.Where(o => o.Status == HttpStatusCode.ServiceUnavailable))
        {
            var again = await _app.PostJson(client, "complaint", Samples.ComplaintJson(refused.Token));
            Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        }

        Assert.Equal(all.Count, await _app.StoredCountAsync());
    }
}
