using PrivacySite.Site.Planning;

namespace PrivacySite.Site.Writing;

/// <summary>
/// The write stage's safety net: files go to a sibling folder first, and replace the live
/// output folder only when every page has been written. Disposing without committing
/// removes the staged files and leaves the previous site untouched.
/// </summary>
public sealed class StagingFolder : IDisposable
{
    private readonly string _target;
    private bool _committed;

    public StagingFolder(string target)
    {
        _target = System.IO.Path.GetFullPath(target).TrimEnd(System.IO.Path.DirectorySeparatorChar);
        Path = $"{_target}.staging-{Guid.NewGuid():N}";
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public void WriteText(string relativePath, string text)
    {
        var full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    public void CopyAssets(AssetManifest assets, string relativeTarget)
    {
        foreach (var (name, published) in assets.HashedNames)
        {
            var destination = System.IO.Path.Combine(Path, relativeTarget, published);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(destination)!);
            File.Copy(System.IO.Path.Combine(assets.SourceFolder, name), destination, overwrite: true);
        }
    }

    /// <summary>Swaps the staged folder in for the target with two renames.</summary>
    public void Commit()
    {
        var old = $"{_target}.old-{Guid.NewGuid():N}";
        if (Directory.Exists(_target))
        {
            Directory.Move(_target, old);
        }

        Directory.Move(Path, _target);
        _committed = true;
        if (Directory.Exists(old))
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
}
