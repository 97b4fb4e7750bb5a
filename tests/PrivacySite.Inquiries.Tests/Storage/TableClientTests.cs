using Azure;
using PrivacySite.Inquiries.Storage;
using PrivacySite.Inquiries.Storage.Tables.Client;

namespace PrivacySite.Inquiries.Tests.Storage;

/// <summary>The thin Table client against Azurite: signing, paging with continuation, ETags, transactions.</summary>
public sealed class TableClientTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private async Task<TableClient> NewTableAsync()
    {
        var client = new TableClient(TableConnectionString.Parse(azurite.ConnectionString), "t" + Guid.NewGuid().ToString("N"), InquiryStoreSettings.DefaultTableOptions());
        await client.CreateIfNotExistsAsync();
        await client.CreateIfNotExistsAsync();  // a second time is fine
        return client;
    }

    [Fact]
    public async Task Queries_page_with_continuation_tokens_until_the_last_page()
    {
        var table = await NewTableAsync();
        for (var i = 0; i < 7; i++)
        {
            await table.AddEntityAsync(new TableEntity("p" + (i % 2), $"r{i}") { ["N"] = i, ["Kind"] = i < 5 ? "a" : "b" });
        }

        var pages = new List<TablePage>();
        await foreach (var page in table.QueryAsync("Kind eq 'a'", maxPerPage: 2))
        {
            pages.Add(page);
        }

        Assert.True(pages.Count >= 3);
        Assert.All(pages.SkipLast(1), p => Assert.NotNull(p.ContinuationToken));
        Assert.Null(pages[^1].ContinuationToken);
        Assert.Equal([0, 1, 2, 3, 4], pages.SelectMany(p => p.Values).Select(e => (int)e["N"]!).Order());
    }

    [Fact]
    public async Task Values_of_every_supported_type_round_trip()
    {
        var table = await NewTableAsync();
        var when = new DateTimeOffset(2025, 4, 1, 9, 30, 15, 123, TimeSpan.Zero);
        await table.AddEntityAsync(new TableEntity("p", "r")
        {
            ["Text"] = "見本 'quoted' \"double\"",
            ["Flag"] = true,
            ["Small"] = 42,
            ["Big"] = 9_007_199_254_740_993L,
            ["Real"] = 1.5,
            ["When"] = when,
        });

        var entity = (await table.GetEntityIfExistsAsync("p", "r"))!;
        Assert.Equal("見本 'quoted' \"double\"", entity["Text"]);
        Assert.Equal(true, entity["Flag"]);
        Assert.Equal(42, entity["Small"]);
        Assert.Equal(9_007_199_254_740_993L, entity["Big"]);
        Assert.Equal(1.5, entity["Real"]);
        Assert.Equal(when, entity.GetDateTimeOffset("When"));
        Assert.False(string.IsNullOrEmpty(entity.ETag));
        Assert.Null(await table.GetEntityIfExistsAsync("p", "missing"));
    }

    [Fact]
    public async Task Adding_a_row_twice_fails_with_409_and_updates_check_the_etag()
    {
        var table = await NewTableAsync();
        var etag = await table.AddEntityAsync(new TableEntity("p", "r") { ["V"] = "1" });
        var conflict = await Assert.ThrowsAsync<RequestFailedException>(() => table.AddEntityAsync(new TableEntity("p", "r")));
        Assert.Equal(409, conflict.Status);

        var newer = await table.UpdateEntityAsync(new TableEntity("p", "r") { ["V"] = "2" }, etag!);
        var stale = await Assert.ThrowsAsync<RequestFailedException>(() => table.UpdateEntityAsync(new TableEntity("p", "r") { ["V"] = "3" }, etag!));
        Assert.Equal(412, stale.Status);
        Assert.Equal("2", (await table.GetEntityIfExistsAsync("p", "r"))!["V"]);

        await table.DeleteEntityAsync("p", "r", newer!);
        Assert.Null(await table.GetEntityIfExistsAsync("p", "r"));
    }

    [Fact]
    public async Task A_transaction_with_a_failing_action_changes_nothing()
    {
        var table = await NewTableAsync();
        await table.AddEntityAsync(new TableEntity("p", "taken"));

        var failure = await Assert.ThrowsAsync<RequestFailedException>(() => table.SubmitTransactionAsync(
        [
            new(TableTransactionActionType.Add, new TableEntity("p", "new")),
            new(TableTransactionActionType.Add, new TableEntity("p", "taken")),
        ]));

        Assert.Equal(409, failure.Status);
        Assert.Null(await table.GetEntityIfExistsAsync("p", "new"));
    }

    [Fact]
    public async Task A_wrong_account_key_is_refused_and_the_message_does_not_hold_the_key()
    {
        const string wrongKey = "d3Jvbmcga2V5IHdyb25nIGtleSB3cm9uZyBrZXkgd3Jvbmcga2V5IHdyb25nIGtleQ==";
        var connection = azurite.ConnectionString.Replace(TableConnectionString.DevelopmentKey, wrongKey, StringComparison.Ordinal);
        var store = new InquiryStoreSettings(connection, "unused", "wrongkey").Open();

        var error = await Assert.ThrowsAsync<InquiryStoreUnavailableException>(() => store.AddAsync(Samples.Record(), CancellationToken.None));
        Assert.DoesNotContain(wrongKey, error.Message);
        Assert.DoesNotContain("見本", error.Message);
        Assert.False(await store.PingAsync(CancellationToken.None));
    }
}
