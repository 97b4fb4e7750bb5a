using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Formats;
using PrivacySite.Content.History;
using PrivacySite.Content.History.Changes;
using PrivacySite.Content.Model;

namespace PrivacySite.Content.Validation.Rules;

/// <summary>
/// Against the base of a change: what the notice must publish with a date (purposes, joint use,
/// consignees, the desk, fees and response times, the handler) changed, and revisions.yaml gained
/// no revision dated on or after the base's last, so the "last revised" date every page shows
/// would be stale: an error where the change is. Other changes to the notice are a warning.
/// </summary>
public sealed class RevisionNeededRule(Baseline baseline) : IContentRule
{
    public void Check(ContentSet content, DiagnosticBag diagnostics)
    {
        if (NewRevisions.Of(baseline.Content, content).Count > 0)
        {
            return;
        }

        var since = baseline.Content.Notice.Revisions.Latest is { } latest ? IsoDate.Write(latest) : "-";
        foreach (var change in ContentComparer.Compare(baseline.Content, content).Where(RevisionTriggers.TouchesNotice))
        {
            var descriptor = RevisionTriggers.NeedsRevision(change) ? DiagnosticDescriptors.RevisionNeeded : DiagnosticDescriptors.RevisionSuggested;
            diagnostics.Add(descriptor, content.SourceMaps[change.File][change.Path], ChangeDescription.Where(change), baseline.Revision, since);
        }
    }
}
