using System.Diagnostics;
using PrivacySite.Testing;

namespace PrivacySite.Intake.Benchmarks;

/// <summary>The intake service as its own process (the Release build of functions/PrivacySite.Functions) on a loopback port.</summary>
internal sealed class IntakeServer : IAsyncDisposable
{
    private readonly Process _process;

    private IntakeServer(Process process, int port)
    {
        _process = process;
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
    }

    public Uri BaseAddress { get; }

    /// <summary>CPU time the service has used so far.</summary>
    public TimeSpan ProcessorTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    /// <summary>The most memory the service's process has held in RAM so far (VmHWM on Linux), in bytes.</summary>
    public long PeakWorkingSet
    {
        get
        {
            _process.Refresh();
            return _process.PeakWorkingSet64;
        }
    }

    /// <summary>The memory the service's process holds in RAM now, in bytes.</summary>
    public long WorkingSet
    {
        get
        {
            _process.Refresh();
            return _process.WorkingSet64;
        }
    }

    public static async Task<IntakeServer> StartAsync(string workingDirectory, string? connectionString)
    {
        var port = FreePort.Next();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "PrivacySite.Functions.dll"));
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Intake__RateLimit__PermitLimit"] = "100000000";
        start.Environment["InquiryStore__Path"] = Path.Combine(workingDirectory, "inquiries");
        if (connectionString is not null)
        {
            start.Environment["InquiryStore__ConnectionString"] = connectionString;
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine("  service: " + e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var http = new HttpClient();
        for (var i = 0; i < 200; i++)
        {
            try
            {
                if ((await http.GetAsync($"http://127.0.0.1:{port}/api/health")).IsSuccessStatusCode)
                {
                    return new IntakeServer(process, port);
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(100);
        }

        process.Kill(entireProcessTree: true);
        throw new InvalidOperationException("the intake service did not become healthy");
    }

    public async ValueTask DisposeAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
