using System.Diagnostics;

namespace PrivacySite.Content.History;

/// <summary>
/// The git repository a content folder lives in, read by running <c>git</c> (each argument
/// passed on its own, never through a shell). <see cref="Open"/> gives null where there is no
/// history to read: git is not installed, the folder is not in a repository, or it has no commit.
/// </summary>
public sealed class GitRepository
{
    /// <summary>What blame calls a line not yet committed.</summary>
    public const string Uncommitted = "0000000000000000000000000000000000000000";

    private GitRepository(string root, string contentPrefix)
    {
        Root = root;
        ContentPrefix = contentPrefix;
    }

    /// <summary>The repository's top folder.</summary>
    public string Root { get; }

    /// <summary>Where the content folder is inside the repository, with a trailing '/' ("content/"), or "" at its top.</summary>
    public string ContentPrefix { get; }

    public static GitRepository? Open(string contentRoot)
    {
        if (!Directory.Exists(contentRoot))
        {
            return null;
        }

        var full = Path.GetFullPath(contentRoot);
        var top = TryRun(full, "rev-parse", "--show-toplevel", "--show-prefix");
        if (top is null || TryRun(full, "rev-parse", "--verify", "--quiet", "HEAD^{commit}") is null)
        {
            return null;
        }

        var lines = top.Split('\n');
        return new GitRepository(lines[0], lines.Length > 1 ? lines[1].Trim() : "");
    }

    /// <summary>A shallow clone (a CI checkout without fetch-depth: 0) holds only the newest commits: its history is not the notice's.</summary>
    public bool IsShallow => TryRun(Root, "rev-parse", "--is-shallow-repository")?.Trim() == "true";

    /// <summary>The full id of the commit <paramref name="revision"/> names, or null when it names none.</summary>
    public string? ResolveCommit(string revision) =>
        revision.StartsWith('-') ? null : TryRun(Root, "rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}")?.Trim();

    /// <summary>A content file's text at a commit, or null when the commit has no such file.</summary>
    public string? Show(string commit, string contentFile) => TryRun(Root, "show", $"{commit}:{ContentPrefix}{contentFile}");

    /// <summary>The commits that changed a content file, oldest first.</summary>
    public IReadOnlyList<string> CommitsChanging(string contentFile) =>
        [.. Run(Root, "log", "--format=%H", "--reverse", "--", ContentPrefix + contentFile).Split('\n', StringSplitOptions.RemoveEmptyEntries)];

    /// <summary>Every commit before HEAD, newest first: a commit's place in this list orders it against another.</summary>
    public IReadOnlyList<string> CommitsNewestFirst() =>
        [.. Run(Root, "rev-list", "HEAD").Split('\n', StringSplitOptions.RemoveEmptyEntries)];

    /// <summary>
    /// The commit that last changed each line of a content file as it is in the working tree
    /// (<see cref="Uncommitted"/> for lines changed since the last commit), and when each was made;
    /// no lines when the file is not tracked.
    /// </summary>
    public Blame BlameLines(string contentFile)
    {
        var text = TryRun(Root, "blame", "--porcelain", "--", ContentPrefix + contentFile);
        var commits = new List<string>();
        var times = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        var current = "";
        foreach (var line in (text ?? "").Split('\n'))
        {
            // A line's header is "<commit> <original line> <final line>[ <lines in group>]"; a commit's first
            // header is followed by its details ("committer-time <seconds>"); the line's text follows a tab.
            if (line.Length > 41 && line[40] == ' ' && IsHex(line.AsSpan(0, 40)))
            {
                var parts = line.Split(' ');
                current = parts[0];
                var final = int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture);
                while (commits.Count < final)
                {
                    commits.Add(Uncommitted);
                }

                commits[final - 1] = current;
            }
            else if (line.StartsWith("committer-time ", StringComparison.Ordinal))
            {
                times[current] = DateTimeOffset.FromUnixTimeSeconds(long.Parse(line["committer-time ".Length..], System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return new Blame(commits, times);
    }

    /// <summary>The commit's content folder as a tar archive, paths starting with <see cref="ContentPrefix"/>.</summary>
    public Stream ArchiveContent(string commit)
    {
        var start = StartInfo(Root, ["archive", "--format=tar", commit, "--", ContentPrefix.Length == 0 ? "." : ContentPrefix]);
        using var process = Process.Start(start) ?? throw new GitException("git did not start");
        var archive = new MemoryStream();
        var errors = process.StandardError.ReadToEndAsync();
        process.StandardOutput.BaseStream.CopyTo(archive);
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new GitException(errors.Result.Trim());
        }

        archive.Position = 0;
        return archive;
    }

    private static bool IsHex(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiHexDigitLower(c) && !char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static string Run(string folder, params string[] args) =>
        TryRun(folder, args) ?? throw new GitException($"git {args[0]} failed");

    private static string? TryRun(string folder, params string[] args)
    {
        try
        {
            using var process = Process.Start(StartInfo(folder, args));
            if (process is null)
            {
                return null;
            }

            var errors = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            _ = errors.Result;
            return process.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    private static ProcessStartInfo StartInfo(string folder, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };

        // Paths print as written (not quoted octal), and no pager or prompt ever waits.
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("core.quotepath=false");
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        start.Environment["GIT_PAGER"] = "cat";
        return start;
    }
}
