using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Model;

namespace PrivacySite.Content.History;

/// <summary>The content a change is compared with: a named commit, resolved, and its content model.</summary>
public sealed record Baseline(string Revision, string Commit, ContentSet Content)
{
    /// <summary>Loads the content at <paramref name="revision"/> of the repository holding <paramref name="contentRoot"/>.</summary>
    /// <param name="problem">Why it could not, when the result is null.</param>
    public static Baseline? Load(string contentRoot, string revision, out Phrase? problem)
    {
        problem = null;
        if (GitRepository.Open(contentRoot) is not { } repository)
        {
            problem = HistoryPhrases.NoRepository;
            return null;
        }

        if (repository.ResolveCommit(revision) is not { } commit)
        {
            problem = HistoryPhrases.UnknownCommit;
            return null;
        }

        if (ContentAtCommit.Load(repository, commit) is not { } content)
        {
            problem = HistoryPhrases.DoesNotLoad;
            return null;
        }

        return new Baseline(revision, commit, content);
    }
}
