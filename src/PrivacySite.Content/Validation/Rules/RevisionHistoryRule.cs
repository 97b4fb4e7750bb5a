using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Formats;
using PrivacySite.Content.Loading;
using PrivacySite.Content.Model.Notice;

namespace PrivacySite.Content.Validation.Rules;

/// <summary>
/// A revision history gives at least one date (the enactment, revisions or both) and runs from the
/// enactment forward in time (its newest date is the last-revised date every page shows).
/// </summary>
internal sealed class RevisionHistoryRule : RecordRule
{
    public override void Check(object model, SourceMap map, DiagnosticBag diagnostics)
    {
        foreach (var (path, history) in ModelWalker.Find<RevisionHistory>(model))
        {
            var entries = history.History.ToList();
            if (entries.Count == 0)
            {
                diagnostics.Add(DiagnosticDescriptors.RevisionHistoryEmpty, map.KeyOf(path));
            }

            for (var i = 1; i < entries.Count; i++)
            {
                if (entries[i].Date <= entries[i - 1].Date)
                {
                    diagnostics.Add(DiagnosticDescriptors.RevisionOutOfOrder, map[SourceMap.Join(path, entries[i].Path)],
                        IsoDate.Write(entries[i].Date), IsoDate.Write(entries[i - 1].Date));
                }
            }
        }
    }
}
