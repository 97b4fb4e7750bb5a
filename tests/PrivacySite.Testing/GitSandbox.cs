using System.Diagnostics;

namespace PrivacySite.Testing;

/// <summary>
/// A throwaway git repository holding the sample society (tests/fixtures/societies/sample) under
/// content/, first committed as it is; tests edit it and commit again, each commit on a date
/// they choose, so the history the tools read is known to the day. Never the project's own history.
/// </summary>
public sealed class GitSandbox : IDisposable
{
    private readonly TempFolder _folder = new();

    public GitSandbox(DateOnly firstCommit)
    {
        TestFiles.CopyFolder(RepoPaths.SampleSociety, ContentRoot);
        Git("init", "--quiet", "--initial-branch=main");
        Commit("Fixture content", firstCommit);
    }

    public string Root => _folder.Path;

    public string ContentRoot => _folder.Combine("content");

    public string OutputRoot => _folder.Combine("output");

    public string Read(string contentFile) => File.ReadAllText(Path.Combine(ContentRoot, contentFile));

    public void Write(string contentFile, string text)
    {
        var path = Path.Combine(ContentRoot, contentFile);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    /// <summary>Replaces exactly one occurrence, so a test fails loudly when the fixture changes under it.</summary>
    public void Replace(string contentFile, string oldText, string newText) =>
        Write(contentFile, TestFiles.ReplaceOnce(Read(contentFile), oldText, newText, contentFile));

    /// <summary>Adds a revision dated <paramref name="date"/> (YYYY-MM-DD) at the end of notice/revisions.yaml.</summary>
    public void AddRevision(string date, string japanese = "改定しました。", string english = "Revised.") =>
        Write("notice/revisions.yaml", Read("notice/revisions.yaml") + $"  - date: {date}\n    summary:\n      ja: {japanese}\n      en: {english}\n");

    /// <summary>Commits everything on <paramref name="date"/> (noon in Japan) and returns the commit's id.</summary>
    public string Commit(string message, DateOnly date)
    {
        var when = date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "T12:00:00+09:00";
        Git("add", "--all");
        Git(new Dictionary<string, string> { ["GIT_AUTHOR_DATE"] = when, ["GIT_COMMITTER_DATE"] = when },
            "-c", "user.name=Editor", "-c", "user.email=editor@example.org", "commit", "--quiet", "--allow-empty", "-m", message);
        return Git("rev-parse", "HEAD").Trim();
    }

    public string Git(params string[] args) => Git(new Dictionary<string, string>(), args);

    private string Git(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? output : throw new InvalidOperationException($"git {string.Join(' ', args)}: {errors.Result}");
    }

    public void Dispose() => _folder.Dispose();
}
