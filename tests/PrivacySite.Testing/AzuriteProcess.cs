using System.Diagnostics;

namespace PrivacySite.Testing;

/// <summary>
/// A real Azurite table or blob service (npm azurite, installed by scripts/install-test-deps.sh) on a free
/// loopback port, in memory or in a folder on disk so data survives <see cref="StopAsync"/> and
/// <see cref="StartAsync"/>. Telemetry is off: nothing leaves the machine.
/// </summary>
public sealed class AzuriteProcess : IAsyncDisposable
{
    // Azurite's well-known development account (public, documented by Microsoft; not a secret).
    public const string DevelopmentAccount = "devstoreaccount1";
    public const string DevelopmentKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly string? _location;
    private readonly AzuriteService _service;
    private Process? _process;

    public AzuriteProcess(string? location = null, AzuriteService service = AzuriteService.Table)
    {
        _location = location;
        _service = service;
        Port = FreePort.Next();
    }

    public int Port { get; }

    /// <summary>CPU time the running Azurite has used so far (the load run reports it per operation).</summary>
    public TimeSpan ProcessorTime => _process is { } process ? Used(process) : TimeSpan.Zero;

    public string ConnectionString => _service == AzuriteService.Blob ? BlobConnectionStringAt(Port) : ConnectionStringAt(Port);

    /// <summary>The development account's connection string for a table service on a loopback port (with nothing there, a store that never answers).</summary>
    public static string ConnectionStringAt(int port) =>
        $"DefaultEndpointsProtocol=http;AccountName={DevelopmentAccount};AccountKey={DevelopmentKey};" +
        $"TableEndpoint=http://127.0.0.1:{port}/{DevelopmentAccount};";

    /// <summary>The development account's connection string for a blob service on a loopback port.</summary>
    public static string BlobConnectionStringAt(int port) =>
        $"DefaultEndpointsProtocol=http;AccountName={DevelopmentAccount};AccountKey={DevelopmentKey};" +
        $"BlobEndpoint=http://127.0.0.1:{port}/{DevelopmentAccount};";

    public async Task StartAsync()
    {
        var service = _service == AzuriteService.Blob ? "blob" : "table";
        var start = new ProcessStartInfo(RepoPaths.TestTool(".bin", "azurite-" + service))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "--silent", "--disableTelemetry", "--skipApiVersionCheck", "--disableProductStyleUrl", $"--{service}Host", "127.0.0.1", $"--{service}Port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(arg);
        }

        if (_location is null)
        {
            start.ArgumentList.Add("--inMemoryPersistence");
        }
        else
        {
            start.ArgumentList.Add("--location");
            start.ArgumentList.Add(_location);
        }

        // Generous: node starts slowly on a loaded machine, and a slow start is not a failure.
        _process = await ListeningProcess.StartAsync(start, Port, "Azurite", TimeSpan.FromSeconds(90));
    }

    /// <summary>
    /// Stops Azurite. With a folder on disk it is asked to shut down (SIGINT) so it saves its data
    /// first, as a real outage of a durable store would lose nothing confirmed; in memory it is killed.
    /// </summary>
    public async Task StopAsync()
    {
        if (_process is { HasExited: false } process)
        {
            if (_location is not null && Interrupt(process.Id, 2) == 0)
            {
                using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(15));
                try
                {
                    await process.WaitForExitAsync(grace.Token);
                }
                catch (OperationCanceledException)
                {
                }
            }

            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            await process.WaitForExitAsync();
        }

        _process?.Dispose();
        _process = null;
        while (await FreePort.IsListeningAsync(Port))
        {
            await Task.Delay(50);
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private static TimeSpan Used(Process process)
    {
        process.Refresh();
        return process.TotalProcessorTime;
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Interrupt(int pid, int signal);
}
