using System.Diagnostics;
using System.Text.Json;

namespace PrivacySite.BrowserTests.Support;

/// <summary>
/// The Nu Html Checker (vnu.jar, the W3C validator's engine) over a batch of HTML documents in
/// one Java process. Returns its errors as "file:line: message".
/// </summary>
public static class NuHtmlChecker
{
    public static async Task<IReadOnlyList<string>> ErrorsAsync(IReadOnlyDictionary<string, string> documents)
    {
        var folder = Path.Combine(ToolPaths.RepoRoot, "artifacts", "vnu", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var files = new Dictionary<string, string>();
            var i = 0;
            foreach (var (name, html) in documents)
            {
                var file = Path.Combine(folder, $"{i++:D4}.html");
                await File.WriteAllTextAsync(file, html);
                files[new Uri(file).AbsoluteUri] = name;
            }

            var start = new ProcessStartInfo("java") { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var arg in (string[])["-Xss8m", "-jar", ToolPaths.VnuJar, "--format", "json", "--exit-zero-always", .. files.Keys.Select(u => new Uri(u).LocalPath)])
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var json = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            await stdout;

            using var report = JsonDocument.Parse(json);
            return [.. report.RootElement.GetProperty("messages").EnumerateArray()
                .Where(m => m.GetProperty("type").GetString() == "error")
                .Select(m => $"{(m.TryGetProperty("url", out var u) && files.TryGetValue(u.GetString()!, out var n) ? n : "?")}:" +
                    $"{(m.TryGetProperty("lastLine", out var l) ? l.GetInt32() : 0)}: {m.GetProperty("message").GetString()}")];
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
