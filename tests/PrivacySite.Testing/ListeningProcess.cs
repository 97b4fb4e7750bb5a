using System.Diagnostics;

namespace PrivacySite.Testing;

/// <summary>Starts a real server process of the tests (Azurite, the OpenID Connect provider) and waits until it listens on its loopback port.</summary>
public static class ListeningProcess
{
    /// <exception cref="InvalidOperationException">It exited, or did not listen within <paramref name="timeout"/>.</exception>
    public static async Task<Process> StartAsync(ProcessStartInfo start, int port, string name, TimeSpan timeout)
    {
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var deadline = DateTime.UtcNow + timeout;
        while (!await FreePort.IsListeningAsync(port))
        {
            if (process.HasExited || DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException($"{name} did not start on port {port} (exit code {(process.HasExited ? process.ExitCode : -1)})");
            }

            await Task.Delay(100);
        }

        return process;
    }
}
