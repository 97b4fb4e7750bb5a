using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Formats;
using PrivacySite.Content.Loading;
using PrivacySite.Content.Model;

namespace PrivacySite.Content.Validation.Rules;

/// <summary>A revision history runs from the enactment forward in time, and ends on the last-revised date shown.</summary>
internal sealed class RevisionHistoryRule : RecordRule
{
    public override void Check(object model, SourceMap map, DiagnosticBag diagnostics)
    {
        foreach (var (path, history) in ModelWalker.Find<IRevisionHistory>(model))
        {
            var entries = history.History.ToList();
            for (var i = 1; i < entries.Count; i++)
            {
                if (entries[i].Date <= entries[i - 1].Date)
                {
                    diagnostics.Add(DiagnosticDescriptors.RevisionOutOfOrder, map[SourceMap.Join(path, entries[i].Path)],
                        IsoDate.Write(entries[i].Date), IsoDate.Write(entries[i - 1].Date));
                }
            }

            if (history.DisplayedLastRevised is { } shown && entries.Count > 0 && shown.Date != entries.Max(e => e.Date))
            {
                diagnostics.Add(DiagnosticDescriptors.LastRevisedMismatch, map[SourceMap.Join(path, shown.Path)],
                    IsoDate.Write(shown.Date), IsoDate.Write(entries.Max(e => e.Date)));
            }
        }
    }
}
