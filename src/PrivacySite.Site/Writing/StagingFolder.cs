using System.Collections.Concurrent;
using System.Text;
using PrivacySite.Site.Planning;
using PrivacySite.Theme;

namespace PrivacySite.Site.Writing;

/// <summary>
/// The write stage's safety net: files go to a sibling folder first, and replace the live
/// output folder only when every page has been written. Disposing without committing
/// removes the staged files and leaves the previous site untouched.
/// </summary>
/// <remarks>
/// The site a commit replaces is kept beside the output as <c>&lt;output&gt;.previous</c> and
/// becomes the next build's staging folder: its files are rewritten in place, and those the
/// new build does not write are removed before the swap. Creating and deleting thousands of
/// files costs far more than rewriting them (on ext4 without a journal, each new file or
/// folder costs up to a millisecond of kernel time while recently deleted ones are skipped),
/// so a rebuild creates and deletes almost nothing. Safe to write from several threads.
/// </remarks>
public sealed class StagingFolder : IDisposable
{
    private readonly string _target;
    private readonly string _previous;
    private readonly bool _recycled;
    private readonly ConcurrentDictionary<string, bool> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);
    private bool _committed;

    public StagingFolder(string target)
    {
        _target = System.IO.Path.GetFullPath(target).TrimEnd(System.IO.Path.DirectorySeparatorChar);
        _previous = PreviousOf(_target);
        Path = $"{_target}.staging-{Guid.NewGuid():N}";

        // Claimed by a rename, so two builds at once never share it.
        _recycled = TryMove(_previous, Path);
        if (!_recycled)
        {
            Directory.CreateDirectory(Path);
        }
    }

    public string Path { get; }

    /// <summary>Where the site a commit replaced waits to be reused: <c>&lt;output&gt;.previous</c>.</summary>
    public static string PreviousOf(string target) => System.IO.Path.GetFullPath(target).TrimEnd(System.IO.Path.DirectorySeparatorChar) + ".previous";

    public void WriteText(string relativePath, string text)
    {
        var full = System.IO.Path.GetFullPath(relativePath, Path);
        EnsureFolder(System.IO.Path.GetDirectoryName(full)!);

        // Overwritten in place and cut to length, rather than truncated first, so a recycled file keeps its blocks.
        var bytes = Encoding.UTF8.GetBytes(text);
        using (var handle = File.OpenHandle(full, FileMode.OpenOrCreate, FileAccess.Write))
        {
            RandomAccess.Write(handle, bytes, 0);
            RandomAccess.SetLength(handle, bytes.Length);
        }

        _files[full] = true;
    }

    public void CopyAssets(AssetManifest assets, string relativeTarget)
    {
        foreach (var (name, published) in assets.HashedNames)
        {
            var destination = System.IO.Path.GetFullPath(System.IO.Path.Combine(relativeTarget, published), Path);
            EnsureFolder(System.IO.Path.GetDirectoryName(destination)!);
            File.Copy(System.IO.Path.Combine(assets.SourceFolder, name), destination, overwrite: true);
            _files[destination] = true;
        }
    }

    /// <summary>Copies every file of <paramref name="source"/> (not its subfolders) as it is into <paramref name="relativeTarget"/>.</summary>
    public void CopyFolder(string source, string relativeTarget)
    {
        var target = System.IO.Path.GetFullPath(relativeTarget, Path);
        EnsureFolder(target);
        foreach (var file in Directory.EnumerateFiles(source))
        {
            var destination = System.IO.Path.Combine(target, System.IO.Path.GetFileName(file));
            File.Copy(file, destination, overwrite: true);
            _files[destination] = true;
        }
    }

    /// <summary>Swaps the staged folder in for the target with two renames, and keeps the replaced one for the next build.</summary>
    public void Commit()
    {
        if (_recycled)
        {
            RemoveUnwritten();
        }

        var old = $"{_target}.old-{Guid.NewGuid():N}";
        var replaced = TryMove(_target, old);
        Directory.Move(Path, _target);
        _committed = true;

        // Another build may have left one meanwhile: one is enough.
        if (replaced && !TryMove(old, _previous))
        {
            Directory.Delete(old, recursive: true);
        }
    }

    public void Dispose()
    {
        if (!_committed && Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }

    /// <summary>Creates each folder once, parents first, and remembers it as part of the new site.</summary>
    private void EnsureFolder(string folder)
    {
        if (folder.Length > Path.Length)
        {
            _folders.GetOrAdd(folder, f =>
            {
                EnsureFolder(System.IO.Path.GetDirectoryName(f)!);
                Directory.CreateDirectory(f);
                return true;
            });
        }
    }

    /// <summary>Removes what the recycled site had and this build did not write, deepest first.</summary>
    private void RemoveUnwritten()
    {
        var stale = new DirectoryInfo(Path)
            .EnumerateFileSystemInfos("*", SearchOption.AllDirectories)
            .Where(entry => !(entry is DirectoryInfo ? _folders : _files).ContainsKey(entry.FullName))
            .OrderByDescending(entry => entry.FullName.Length)
            .ToList();
        foreach (var entry in stale)
        {
            entry.Delete();
        }
    }

    private static bool TryMove(string from, string to)
    {
        try
        {
            Directory.Move(from, to);
            return true;
        }
        catch (DirectoryNotFoundException)
        {
            return false;
        }
        catch (IOException) when (Directory.Exists(to))
        {
            return false;
        }
    }
}
