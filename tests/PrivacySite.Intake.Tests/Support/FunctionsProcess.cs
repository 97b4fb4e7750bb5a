using System.Diagnostics;

namespace PrivacySite.Intake.Tests.Support;

/// <summary>The intake service as its own process, as the Functions host or a shell starts it.</summary>
public static class FunctionsProcess
{
    /// <summary>Starts the built app (dotnet PrivacySite.Functions.dll), or <paramref name="executable"/> when given (a published one).</summary>
    public static Process Start(string workingDirectory, IEnumerable<(string Name, string Value)> environment, string? executable = null)
    {
        var start = new ProcessStartInfo(executable ?? "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (executable is null)
        {
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "PrivacySite.Functions.dll"));
        }

        // Nothing from the test runner's own environment may configure the service under test.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("Intake__", StringComparison.OrdinalIgnoreCase) || k.StartsWith("InquiryStore__", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        // The fixture society, unless the test names a content folder: never the checkout's own content/.
        start.Environment["Intake__ContentPath"] = RepoPaths.SampleSociety;
        // A Function App is always given its status code keys (a Key Vault reference); a test may take them away with "".
        start.Environment["Intake__StatusCodeKeys"] = StatusCodeKeys.NewKeyText();
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        return process;
    }

    /// <summary>Runs the app until it exits by itself (within a minute); its exit code and what it wrote to stderr.</summary>
    public static async Task<(int Exit, string Stderr)> RunToExitAsync(string workingDirectory, params (string Name, string Value)[] environment)
    {
        using var process = Start(workingDirectory, environment);
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException("the service kept running: it was expected to refuse to start");
        }

        return (process.ExitCode, await stderr);
    }

    /// <summary>Waits until the app answers GET <paramref name="path"/> on <paramref name="port"/>; null if it never does within about 20 s.</summary>
    public static async Task<HttpResponseMessage?> WaitForAnswerAsync(HttpClient http, int port, string path)
    {
        for (var i = 0; i < 200; i++)
        {
            try
            {
                return await http.GetAsync($"http://127.0.0.1:{port}{path}");
            }
            catch (HttpRequestException)
            {
                await Task.Delay(100);
            }
        }

        return null;
    }
}
