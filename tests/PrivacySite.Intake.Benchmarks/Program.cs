using System.Net;
using System.Net.Http.Json;
using Azure;
using PrivacySite.Inquiries.Storage;
using PrivacySite.Inquiries.Storage.Tables.Client;
using PrivacySite.Intake.Benchmarks;
using PrivacySite.Intake.Tests.Support;

// Load run of the intake service on loopback, with Azurite and with the file store, and the raw
// Azurite insert rate measured in the same run for comparison.
//   dotnet run -c Release --project tests/PrivacySite.Intake.Benchmarks [-- SECONDS [WORKERS]]
var seconds = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 10;
var workers = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 32;
var duration = TimeSpan.FromSeconds(seconds);
var warmup = TimeSpan.FromSeconds(Math.Max(2, seconds / 5));
Console.WriteLine($"Intake load run: {Environment.ProcessorCount} cores, {seconds} s per phase, {workers} concurrent clients, loopback only.");

var scratch = Path.Combine(Path.GetTempPath(), "privacysite-bench-" + Guid.NewGuid().ToString("N"));
Directory.CreateDirectory(scratch);
var results = new List<LoadResult>();
await using (var azurite = new AzuriteProcess())
{
    await azurite.StartAsync();

    // Raw Azurite: the same thin client the store uses, single inserts, then the store's two-row transaction.
    var table = new TableClient(TableConnectionString.Parse(azurite.ConnectionString), "raw", InquiryStoreSettings.DefaultTableOptions());
    await table.CreateIfNotExistsAsync();
    var partition = Guid.NewGuid().ToString("N");
    async Task<bool> Insert(int i)
    {
        try
        {
            await table.AddEntityAsync(new TableEntity(partition, $"r{i}") { ["Values"] = Payload.InquiryJson });
            return true;
        }
        catch (RequestFailedException)
        {
            return false;
        }
    }

    // The store writes an inquiry and its submission key together: one two-row transaction.
    async Task<bool> Transaction(int i)
    {
        try
        {
            await table.SubmitTransactionAsync(
            [
                new(TableTransactionActionType.Add, new TableEntity(partition, $"key-{i}") { ["Reference"] = "C-0000-0000" }),
                new(TableTransactionActionType.Add, new TableEntity(partition, $"t{i}") { ["Values"] = Payload.InquiryJson }),
            ]);
            return true;
        }
        catch (RequestFailedException)
        {
            return false;
        }
    }

    await LoadRunner.ClosedLoopAsync("warm-up", workers, warmup, i => Insert(-i));
    results.Add(await LoadRunner.ClosedLoopAsync("Azurite raw single-row inserts", workers, duration, Insert));
    results.Add(await LoadRunner.ClosedLoopAsync("Azurite raw two-row transactions", workers, duration, Transaction));
    results.Add(await LoadRunner.OpenLoopAsync("Azurite raw two-row transactions, fixed 100/s", 100, duration, i => Transaction(1_000_000 + i)));

    await RunServiceAsync("Azurite", azurite.ConnectionString);
}

await RunServiceAsync("file store", null);
Directory.Delete(scratch, recursive: true);

Console.WriteLine();
foreach (var result in results)
{
    Console.WriteLine(result);
}

var raw = results[0].PerSecond;
var service = results.First(r => r.Name.StartsWith("service, Azurite, max", StringComparison.Ordinal)).PerSecond;
Console.WriteLine($"\nService throughput with Azurite = {service / raw:P0} of raw Azurite inserts.");
return 0;

async Task RunServiceAsync(string store, string? connectionString)
{
    var folder = Path.Combine(scratch, store.Replace(' ', '-'));
    Directory.CreateDirectory(folder);
    await using var server = await IntakeServer.StartAsync(folder, connectionString);
    using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = workers * 2 }) { BaseAddress = server.BaseAddress };

    async Task<bool> Submit(int i)
    {
        using var response = await http.PostAsync("api/inquiries/complaint", JsonContent.Create(Payload.Complaint()));
        return response.StatusCode == HttpStatusCode.Created;
    }

    await LoadRunner.ClosedLoopAsync("warm-up", workers, warmup, Submit);
    results.Add(await LoadRunner.ClosedLoopAsync($"service, {store}, max throughput", workers, duration, Submit));
    results.Add(await LoadRunner.OpenLoopAsync($"service, {store}, fixed 100/s", 100, duration, Submit));
}
