using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Azure;
using Azure.Data.Tables;
using PrivacySite.Inquiries.Storage;
using PrivacySite.Inquiries.Storage.Tables;
using PrivacySite.Intake.Benchmarks;
using PrivacySite.Testing;

// Load run of the intake service on loopback, with Azurite and with the file store, and the raw
// Azurite rates measured in the same run as its baselines: the same rows the store writes, the
// same number of concurrent clients and the same Azure.Data.Tables client and options the service uses. The raw
// and service phases take turns for several rounds, so a slow spell of the machine falls on both
// sides; each round's ratio is printed, and the median round is the result. Every Azurite phase
// starts on an empty Azurite: its in-memory tables get slower as they grow, which would otherwise
// favour whichever phase ran first.
//   dotnet run -c Release --project tests/PrivacySite.Intake.Benchmarks [-- SECONDS [WORKERS [ROUNDS]]]
// The memory of an upload of identity documents (five files of nearly 10 MB each, see UploadMemory):
//   dotnet run -c Release --project tests/PrivacySite.Intake.Benchmarks -- upload [ROUNDS]
if (args is ["upload", ..])
{
    await UploadMemory.RunAsync(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3);
    return 0;
}

var seconds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10;
var workers = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 32;
var rounds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3;
var duration = TimeSpan.FromSeconds(seconds);
// Long enough for tiered JIT to settle in the service, so the phases measure the steady state.
var warmup = TimeSpan.FromSeconds(Math.Max(5, seconds / 2));
Console.WriteLine($"Intake load run: {Environment.ProcessorCount} cores, {seconds} s per phase, {workers} concurrent clients, {rounds} rounds, loopback only.");
Console.WriteLine($"Raw baseline rows: the stored complaint's inquiry row ({StoredRows.InquiryBytes} bytes of JSON) and its submission-key row.");

// Under the repository like the site benchmarks: on these machines /tmp is slow with many small files.
var scratch = Path.Combine(RepoPaths.Root, "artifacts", "benchmarks", "intake-" + Guid.NewGuid().ToString("N"));
Directory.CreateDirectory(scratch);
var results = new List<LoadResult>();
var ratios = new List<(double Single, double Transaction)>();
await using (var azurite = new AzuriteProcess())
{
    await azurite.StartAsync();
    var table = TableConnection.Parse(azurite.ConnectionString).Table("raw", InquiryStoreSettings.DefaultTableOptions());
    await table.CreateIfNotExistsAsync();

    async Task<bool> Insert(int i) => await Succeeds(() => table.AddEntityAsync(StoredRows.Next().Inquiry));

    // What the store does per new inquiry: its two rows in one entity group transaction.
    async Task<bool> Transaction(int i)
    {
        var (inquiry, key) = StoredRows.Next();
        return await Succeeds(() => table.SubmitTransactionAsync([new(TableTransactionActionType.Add, key), new(TableTransactionActionType.Add, inquiry)]));
    }

    await using var server = await StartServiceAsync("Azurite", azurite.ConnectionString);
    using var http = Client(server);
    var serviceTable = TableConnection.Parse(azurite.ConnectionString).Table(InquiryStoreSettings.DefaultTable, InquiryStoreSettings.DefaultTableOptions());
    var cpu = new CpuMeter([CpuMeter.Harness, ("service", () => server.ProcessorTime), ("Azurite", () => azurite.ProcessorTime)]);
    await LoadRunner.ClosedLoopAsync("warm-up", workers, warmup, Insert);
    await LoadRunner.ClosedLoopAsync("warm-up", workers, warmup, i => Submit(http, i));

    // Restarted in memory, Azurite is empty; a short warm-up lets the service reconnect.
    async Task<LoadResult> OnEmptyAzuriteAsync(Func<int, Task<bool>> operation, Func<Task<LoadResult>> phase)
    {
        await azurite.StopAsync();
        await azurite.StartAsync();
        await table.CreateIfNotExistsAsync();
        await serviceTable.CreateIfNotExistsAsync();
        await LoadRunner.ClosedLoopAsync("warm-up", workers, TimeSpan.FromSeconds(2), operation);
        return await phase();
    }

    Task<LoadResult> MaxAsync(string name, Func<int, Task<bool>> operation) =>
        OnEmptyAzuriteAsync(operation, () => cpu.MeasureAsync(() => LoadRunner.ClosedLoopAsync(name, workers, duration, operation)));

    Task<LoadResult> FixedRateAsync(string name, Func<int, Task<bool>> operation) =>
        OnEmptyAzuriteAsync(operation, () => LoadRunner.OpenLoopAsync(name, 100, duration, operation));

    var rawSingle = new List<LoadResult>();
    var rawTransaction = new List<LoadResult>();
    var service = new List<LoadResult>();
    for (var round = 1; round <= rounds; round++)
    {
        rawSingle.Add(await MaxAsync($"Azurite raw single-row inserts, round {round}", Insert));
        rawTransaction.Add(await MaxAsync($"Azurite raw two-row transactions, round {round}", Transaction));
        service.Add(await MaxAsync($"service, Azurite, max throughput, round {round}", i => Submit(http, i)));
        ratios.Add((service[^1].PerSecond / rawSingle[^1].PerSecond, service[^1].PerSecond / rawTransaction[^1].PerSecond));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"round {round}: service {service[^1].PerSecond:0}/s, raw single-row {rawSingle[^1].PerSecond:0}/s ({ratios[^1].Single:P0}), raw two-row {rawTransaction[^1].PerSecond:0}/s ({ratios[^1].Transaction:P0})"));
    }

    results.AddRange([.. rawSingle, .. rawTransaction, .. service]);
    results.Add(await FixedRateAsync("Azurite raw two-row transactions, fixed 100/s", Transaction));
    results.Add(await FixedRateAsync("service, Azurite, fixed 100/s", i => Submit(http, i)));
}

await using (var server = await StartServiceAsync("file store", null))
{
    using var http = Client(server);
    await LoadRunner.ClosedLoopAsync("warm-up", workers, warmup, i => Submit(http, i));
    results.Add(await new CpuMeter([CpuMeter.Harness, ("service", () => server.ProcessorTime)])
        .MeasureAsync(() => LoadRunner.ClosedLoopAsync("service, file store, max throughput", workers, duration, i => Submit(http, i))));
    results.Add(await LoadRunner.OpenLoopAsync("service, file store, fixed 100/s", 100, duration, i => Submit(http, i)));
}

Directory.Delete(scratch, recursive: true);

Console.WriteLine();
foreach (var result in results)
{
    Console.WriteLine(result);
}

Console.WriteLine();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"Service with Azurite vs raw single-row inserts of the same inquiry row, median of {rounds} rounds: {Median(ratios.Select(r => r.Single)):P0} (rounds: {string.Join(", ", ratios.Select(r => r.Single.ToString("P0", CultureInfo.InvariantCulture)))})"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"Service with Azurite vs raw two-row transactions (what the store writes), median: {Median(ratios.Select(r => r.Transaction)):P0}"));
return 0;

static double Median(IEnumerable<double> values)
{
    var sorted = values.Order().ToArray();
    return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
}

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

async Task<IntakeServer> StartServiceAsync(string store, string? connectionString)
{
    var folder = Path.Combine(scratch, store.Replace(' ', '-'));
    Directory.CreateDirectory(folder);
    return await IntakeServer.StartAsync(folder, connectionString);
}

HttpClient Client(IntakeServer server) =>
    new(new SocketsHttpHandler { MaxConnectionsPerServer = workers * 2 }) { BaseAddress = server.BaseAddress };

static async Task<bool> Submit(HttpClient http, int i)
{
    using var response = await http.PostAsync("api/inquiries/complaint", JsonContent.Create(Payload.Complaint()));
    return response.StatusCode == HttpStatusCode.Created;
}
