using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Azure;
using PrivacySite.Inquiries.Storage;
using PrivacySite.Inquiries.Storage.Tables.Client;
using PrivacySite.Intake.Benchmarks;
using PrivacySite.Intake.Tests.Support;

// Load run of the intake service on loopback, with Azurite and with the file store, and the raw
// Azurite rates measured in the same run as its baselines: the same rows the store writes, the
// same number of concurrent clients and the same HttpPipeline options the service uses.
//   dotnet run -c Release --project tests/PrivacySite.Intake.Benchmarks [-- SECONDS [WORKERS]]
var seconds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10;
var workers = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 32;
var duration = TimeSpan.FromSeconds(seconds);
// Long enough for tiered JIT to settle in the service, so the phases measure the steady state.
var warmup = TimeSpan.FromSeconds(Math.Max(5, seconds / 2));
Console.WriteLine($"Intake load run: {Environment.ProcessorCount} cores, {seconds} s per phase, {workers} concurrent clients, loopback only.");
Console.WriteLine($"Raw baseline rows: the stored complaint's inquiry row ({StoredRows.InquiryBytes} bytes of JSON) and its submission-key row.");

var scratch = Path.Combine(Path.GetTempPath(), "privacysite-bench-" + Guid.NewGuid().ToString("N"));
Directory.CreateDirectory(scratch);
var results = new List<LoadResult>();
LoadResult rawSingle, rawTransaction, service;
await using (var azurite = new AzuriteProcess())
{
    await azurite.StartAsync();
    var rawCpu = new CpuMeter([CpuMeter.Harness, ("Azurite", () => azurite.ProcessorTime)]);

    var table = new TableClient(TableConnectionString.Parse(azurite.ConnectionString), "raw", InquiryStoreSettings.DefaultTableOptions());
    await table.CreateIfNotExistsAsync();

    async Task<bool> Insert(int i) => await Succeeds(() => table.AddEntityAsync(StoredRows.Next().Inquiry));

    // What the store does per new inquiry: its two rows in one entity group transaction.
    async Task<bool> Transaction(int i)
    {
        var (inquiry, key) = StoredRows.Next();
        return await Succeeds(() => table.SubmitTransactionAsync([new(TableTransactionActionType.Add, key), new(TableTransactionActionType.Add, inquiry)]));
    }

    await LoadRunner.ClosedLoopAsync("warm-up", workers, warmup, Insert);
    rawSingle = await rawCpu.MeasureAsync(() => LoadRunner.ClosedLoopAsync("Azurite raw single-row inserts", workers, duration, Insert));
    rawTransaction = await rawCpu.MeasureAsync(() => LoadRunner.ClosedLoopAsync("Azurite raw two-row transactions", workers, duration, Transaction));
    results.AddRange([rawSingle, rawTransaction]);
    results.Add(await LoadRunner.OpenLoopAsync("Azurite raw two-row transactions, fixed 100/s", 100, duration, Transaction));

    service = await RunServiceAsync("Azurite", azurite.ConnectionString, () => azurite.ProcessorTime);
}

await RunServiceAsync("file store", null, null);
Directory.Delete(scratch, recursive: true);

Console.WriteLine();
foreach (var result in results)
{
    Console.WriteLine(result);
}

Console.WriteLine();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Service with Azurite vs raw single-row inserts of the same inquiry row: {service.PerSecond / rawSingle.PerSecond:P0}"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Service with Azurite vs raw two-row transactions (what the store writes): {service.PerSecond / rawTransaction.PerSecond:P0}"));
return 0;

static async Task<bool> Succeeds(Func<Task> write)
{
    try
    {
        await write();
        return true;
    }
    catch (RequestFailedException)
    {
        return false;
    }
}

async Task<LoadResult> RunServiceAsync(string store, string? connectionString, Func<TimeSpan>? storeCpu)
{
    var folder = Path.Combine(scratch, store.Replace(' ', '-'));
    Directory.CreateDirectory(folder);
    await using var server = await IntakeServer.StartAsync(folder, connectionString);
    using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = workers * 2 }) { BaseAddress = server.BaseAddress };
    List<(string, Func<TimeSpan>)> processes = [CpuMeter.Harness, ("service", () => server.ProcessorTime)];
    if (storeCpu is not null)
    {
        processes.Add(("Azurite", storeCpu));
    }

    async Task<bool> Submit(int i)
    {
        using var response = await http.PostAsync("api/inquiries/complaint", JsonContent.Create(Payload.Complaint()));
        return response.StatusCode == HttpStatusCode.Created;
    }

    await LoadRunner.ClosedLoopAsync("warm-up", workers, warmup, Submit);
    var max = await new CpuMeter(processes).MeasureAsync(() => LoadRunner.ClosedLoopAsync($"service, {store}, max throughput", workers, duration, Submit));
    results.Add(max);
    results.Add(await LoadRunner.OpenLoopAsync($"service, {store}, fixed 100/s", 100, duration, Submit));
    return max;
}
