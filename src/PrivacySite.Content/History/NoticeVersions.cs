using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Loading;
using PrivacySite.Content.Model;
using PrivacySite.Content.Model.Notice;

namespace PrivacySite.Content.History;

/// <summary>
/// The notice's published versions, from the git history: for each date in the current
/// revisions.yaml (the enactment, then each revision), the content at the first commit whose
/// revisions.yaml holds that date. A date no commit holds yet (a revision being added in the
/// working tree) is the current content.
/// </summary>
public static class NoticeVersions
{
    private static readonly YamlFileKind RevisionsFile = YamlFileKind.All.Single(k => k.RootType == typeof(RevisionHistory));

    /// <returns>The versions, oldest first; null when there is no full history to read (no repository, or a shallow clone).</returns>
    public static IReadOnlyList<NoticeVersion>? Load(ContentSet current)
    {
        if (GitRepository.Open(current.Root) is not { } repository || repository.IsShallow)
        {
            return null;
        }

        var addedIn = new Dictionary<DateOnly, string>();
        foreach (var commit in repository.CommitsChanging(RevisionsFile.RelativePath))
        {
            foreach (var date in DatesAt(repository, commit))
            {
                addedIn.TryAdd(date, commit);
            }
        }

        var loaded = addedIn.Values.Distinct(StringComparer.Ordinal).ToDictionary(c => c, c => ContentAtCommit.Load(repository, c), StringComparer.Ordinal);
        var history = current.Notice.Revisions;
        return
        [
            .. (history.Enacted is { } enacted ? new[] { (enacted, (LocalizedText?)null) } : [])
                .Concat(history.Listed.Select(r => (r.Date, (LocalizedText?)r.Summary)))
                .Select(v => new NoticeVersion(v.Item1, v.Item2, addedIn.TryGetValue(v.Item1, out var commit) ? loaded[commit] : current)),
        ];
    }

    /// <summary>The dates (enactment and revisions) of revisions.yaml as a commit has it; none when it does not load.</summary>
    private static IEnumerable<DateOnly> DatesAt(GitRepository repository, string commit)
    {
        if (repository.Show(commit, RevisionsFile.RelativePath) is not { } text)
        {
            return [];
        }

        using var folder = new ScratchFolder();
        var file = Path.Combine(folder.Path, RevisionsFile.RelativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, text);
        var (model, _) = YamlFileReader.Load(new ContentFiles(folder.Path, null), RevisionsFile, new DiagnosticBag());
        return model is RevisionHistory revisions ? [.. revisions.History.Select(h => h.Date)] : [];
    }
}
