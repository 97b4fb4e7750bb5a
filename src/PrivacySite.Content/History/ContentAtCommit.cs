using System.Formats.Tar;
using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Loading;
using PrivacySite.Content.Model;

namespace PrivacySite.Content.History;

/// <summary>
/// The content model as it stood at a commit: the commit's content folder is written to a
/// scratch folder and read by the same <see cref="ContentLoader"/> as the working tree, so an
/// old version means exactly what it meant then. What the old files got wrong is not reported:
/// only whether they loaded.
/// </summary>
public static class ContentAtCommit
{
    /// <returns>The content, or null when the commit's content does not load with today's model.</returns>
    public static ContentSet? Load(GitRepository repository, string commit)
    {
        using var folder = new ScratchFolder();
        Extract(repository, commit, folder.Path);
        return ContentLoader.Load(folder.Path, new DiagnosticBag()).Content;
    }

    private static void Extract(GitRepository repository, string commit, string folder)
    {
        Directory.CreateDirectory(folder);
        using var archive = repository.ArchiveContent(commit);
        using var reader = new TarReader(archive);
        while (reader.GetNextEntry() is { } entry)
        {
            // Only plain files under the content folder; a link in an old commit is not followed out of the scratch folder.
            if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile)
                || !entry.Name.StartsWith(repository.ContentPrefix, StringComparison.Ordinal))
            {
                continue;
            }

            var relative = entry.Name[repository.ContentPrefix.Length..];
            var target = Path.GetFullPath(Path.Combine(folder, relative));
            if (!target.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            entry.ExtractToFile(target, overwrite: true);
        }
    }
}
