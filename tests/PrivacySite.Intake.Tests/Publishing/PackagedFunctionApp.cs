using System.Diagnostics;

namespace PrivacySite.Intake.Tests.Publishing;

/// <summary>The folder scripts/package-functions.sh makes, made once for the tests of a class.</summary>
public sealed class PackagedFunctionApp : IAsyncLifetime
{
    private readonly TempFolder _folder = new();

    public string Folder => _folder.Combine("artifacts", "functions");

    public async Task InitializeAsync()
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepoPaths.Root };
        start.ArgumentList.Add(Path.Combine(RepoPaths.Root, "scripts", "package-functions.sh"));
        start.ArgumentList.Add(Folder);

        // The test runner's MSBuild variables would steer the script's own build.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"scripts/package-functions.sh failed ({process.ExitCode}):\n{await stdout}\n{await stderr}");
        }
    }

    public Task DisposeAsync()
    {
        _folder.Dispose();
        return Task.CompletedTask;
    }
}
