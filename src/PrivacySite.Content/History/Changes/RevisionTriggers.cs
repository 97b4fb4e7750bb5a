using PrivacySite.Content.Loading;

namespace PrivacySite.Content.History.Changes;

/// <summary>
/// Which changes the law makes public acts: a changed purpose of use must be notified or
/// published (APPI Art. 21(3)), and the handler, joint use, consignees, the desk, fees and
/// response times are what members rely on. A change of the Japanese there needs a revision;
/// any other change to the notice (English wording, headings, other sections) may.
/// </summary>
public static class RevisionTriggers
{
    /// <summary>The parts of each file that need a revision when their Japanese changes, by the start of their model path.</summary>
    private static readonly (string File, string[] Paths)[] Parts =
    [
        (ContentLoader.SiteFile, ["handler"]),
        ("notice/purposes.yaml", ["categories", "information_types"]),
        ("notice/joint-use.yaml", ["entries"]),
        ("notice/consignees.yaml", ["tasks"]),
        ("notice/complaints.yaml", ["contact", "response_days"]),
    ];

    private const string RevisionsFile = "notice/revisions.yaml";

    private const string RequestsFile = "notice/requests.yaml";

    public static bool NeedsRevision(ContentChange change) => change.JapaneseChanged && IsPublishedPart(change);

    /// <summary>A change to the notice that may need a revision: anything in its files but the revision history itself.</summary>
    public static bool TouchesNotice(ContentChange change) =>
        change.File != RevisionsFile && (change.File == ContentLoader.SiteFile || change.File.StartsWith("notice/", StringComparison.Ordinal));

    private static bool IsPublishedPart(ContentChange change)
    {
        if (change.File == RequestsFile)
        {
            // The fee and the response time of each kind of request.
            return change.Path.Contains(".fee", StringComparison.Ordinal) || change.Path.EndsWith(".response_days", StringComparison.Ordinal);
        }

        return Parts.Any(p => p.File == change.File
            && p.Paths.Any(prefix => change.Path == prefix || change.Path.StartsWith(prefix + ".", StringComparison.Ordinal) || change.Path.StartsWith(prefix + "[", StringComparison.Ordinal)));
    }
}
