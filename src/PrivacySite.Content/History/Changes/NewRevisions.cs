using PrivacySite.Content.Model;
using PrivacySite.Content.Model.Notice;

namespace PrivacySite.Content.History.Changes;

/// <summary>The revisions a change adds: entries of revisions.yaml the base did not have, dated on or after the base's last date.</summary>
public static class NewRevisions
{
    public static IReadOnlyList<Revision> Of(ContentSet before, ContentSet after)
    {
        var old = before.Notice.Revisions;
        return [.. after.Notice.Revisions.Listed.Where(r => (old.Latest is not { } latest || r.Date >= latest) && old.Listed.All(o => o.Date != r.Date))];
    }
}
