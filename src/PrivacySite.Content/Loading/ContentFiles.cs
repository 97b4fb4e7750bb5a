using PrivacySite.Content.Diagnostics;

namespace PrivacySite.Content.Loading;

/// <summary>
/// The one way to the files under the content folder: every loader and check finds its files
/// here. A symbolic link that leads out of the folder is reported, naming the link, and never
/// read (it would publish, or echo in diagnostics, a file nobody reviewed), and a link to a
/// folder that holds it is reported and never followed (it would lead round and round).
/// </summary>
public sealed class ContentFiles
{
    /// <summary>More links in a row than any real layout has; the kernel's own limit is 40.</summary>
    private const int MaxLinkHops = 40;

    private static readonly StringComparison PathComparison =
        OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;

    private readonly string _root;
    private readonly DiagnosticBag? _diagnostics;

    /// <param name="diagnostics">Where refused links are reported; null for a second look at files the loader has already reported on.</param>
    public ContentFiles(string root, DiagnosticBag? diagnostics)
    {
        _diagnostics = diagnostics;
        _root = TryRealPath(Path.GetFullPath(root), out var real) ? real : Path.GetFullPath(root);
    }

    /// <summary>A file found under the content folder: the path editors see, and where its bytes really are.</summary>
    public readonly record struct Entry(string File, string FullPath);

    /// <summary>
    /// The real path of the file at <paramref name="relativePath"/>, or null when there is none
    /// (<paramref name="refused"/> false) or a link on the way leaves the folder or goes round (true, and reported).
    /// </summary>
    public string? Find(string relativePath, out bool refused) =>
        Locate(relativePath, out refused) is { } path && File.Exists(path) ? path : null;

    /// <summary>Where <paramref name="relativePath"/> really is, following the links on the way; null when one is refused (reported).</summary>
    private string? Locate(string relativePath, out bool refused)
    {
        refused = false;
        var current = _root;
        var walked = "";
        foreach (var segment in relativePath.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            walked = walked.Length == 0 ? segment : walked + "/" + segment;
            current = Path.Combine(current, segment);
            if (new FileInfo(current).LinkTarget is null)
            {
                continue;
            }

            if (ResolveInside(current, walked) is not { } target)
            {
                refused = true;
                return null;
            }

            current = target;
        }

        return current;
    }

    /// <summary>Whether <paramref name="relativePath"/> is a folder inside the content folder.</summary>
    public bool HasFolder(string relativePath) => Locate(relativePath, out _) is { } path && Directory.Exists(path);

    /// <summary>The files under <paramref name="folder"/> whose names end in <paramref name="extension"/>, in ordinal order of their paths.</summary>
    public IReadOnlyList<Entry> Under(string folder, string extension)
    {
        var found = new List<Entry>();
        if (Locate(folder, out _) is { } start && Directory.Exists(start))
        {
            Walk(start, folder, new HashSet<string>(StringComparer.FromComparison(PathComparison)) { _root, start }, extension, found);
        }

        return [.. found.OrderBy(e => e.File, StringComparer.Ordinal)];
    }

    /// <param name="ancestors">The real folders from the start to here: a link back to one of them is a loop.</param>
    private void Walk(string folder, string relative, HashSet<string> ancestors, string extension, List<Entry> found)
    {
        foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos())
        {
            var file = relative.Length == 0 ? entry.Name : relative + "/" + entry.Name;
            var real = entry.FullName;
            if (entry.Attributes.HasFlag(FileAttributes.ReparsePoint))
            {
                if (ResolveInside(real, file) is not { } target)
                {
                    continue;
                }

                real = target;
            }

            if (Directory.Exists(real))
            {
                if (!ancestors.Add(real))
                {
                    _diagnostics?.Add(DiagnosticDescriptors.LinkLoop, new SourceLocation(file), file);
                    continue;
                }

                Walk(real, file, ancestors, extension, found);
                ancestors.Remove(real);
            }
            else if (file.EndsWith(extension, StringComparison.Ordinal) && File.Exists(real))
            {
                found.Add(new Entry(file, real));
            }
        }
    }

    /// <summary>Where the link at <paramref name="link"/> finally leads, when that is inside the folder; otherwise null, reported.</summary>
    private string? ResolveInside(string link, string file)
    {
        if (!TryRealPath(link, out var target))
        {
            _diagnostics?.Add(DiagnosticDescriptors.LinkLoop, new SourceLocation(file), file);
            return null;
        }

        if (target.Equals(_root, PathComparison) || target.StartsWith(_root + Path.DirectorySeparatorChar, PathComparison))
        {
            return target;
        }

        _diagnostics?.Add(DiagnosticDescriptors.LinkLeavesContent, new SourceLocation(file), file);
        return null;
    }

    /// <summary>The path with every symbolic link on it resolved; false for links that go round (or more than <see cref="MaxLinkHops"/> deep).</summary>
    private static bool TryRealPath(string path, out string real)
    {
        var hops = 0;
        real = Resolve(Path.GetFullPath(path), ref hops) ?? "";
        return real.Length > 0;
    }

    private static string? Resolve(string fullPath, ref int hops)
    {
        var current = Path.GetPathRoot(fullPath)!;
        foreach (var segment in fullPath[current.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, segment);
            var link = new FileInfo(next).LinkTarget;
            if (link is null)
            {
                current = next;
                continue;
            }

            if (++hops > MaxLinkHops || Resolve(Path.GetFullPath(link, current), ref hops) is not { } target)
            {
                return null;
            }

            current = target;
        }

        return current;
    }
}
