using System.Diagnostics;

namespace PrivacySite.Testing;

/// <summary>Runs the built privacysite executable as a separate process, as a user's shell would.</summary>
public static class CliProcess
{
    public static Task<(int Exit, string Stdout, string Stderr)> RunAsync(string workingDirectory, params string[] args) =>
        RunAsync(workingDirectory, new Dictionary<string, string?>(), args);

    /// <param name="environment">Variables to set (or, with a null value, remove) for this run.</param>
    public static async Task<(int Exit, string Stdout, string Stderr)> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        using var process = Process.Start(StartInfo(workingDirectory, environment, args))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }

    /// <summary>The executable with its arguments and environment, output captured.</summary>
    public static ProcessStartInfo StartInfo(string workingDirectory, IReadOnlyDictionary<string, string?> environment, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "privacysite.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return start;
    }
}
