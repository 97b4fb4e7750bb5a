using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Model;

namespace PrivacySite.Content.Validation.Rules;

/// <summary>A revision history runs from the enactment forward in time, and ends on the last-revised date shown.</summary>
internal sealed class RevisionHistoryRule : IContentRule
{
    public void Check(ContentSet content, DiagnosticBag diagnostics)
    {
        foreach (var (file, model) in ContentRecords.All(content))
        {
            var map = content.SourceMaps[file];
            foreach (var (path, history) in ModelWalker.Find<IRevisionHistory>(model))
            {
                string At(string relative) => path.Length == 0 ? relative : $"{path}.{relative}";
                (string Path, DateOnly Date)? previous = null;
                foreach (var entry in history.History)
                {
                    if (previous is { } before && entry.Date <= before.Date)
                    {
                        diagnostics.Add(DiagnosticDescriptors.RevisionOutOfOrder, map[At(entry.Path)],
                            DatesNotInFutureRule.Iso(entry.Date), DatesNotInFutureRule.Iso(before.Date));
                    }

                    previous = entry;
                }

                var latest = history.History.Select(e => e.Date).DefaultIfEmpty().Max();
                if (history.DisplayedLastRevised is { } shown && previous is not null && shown.Date != latest)
                {
                    diagnostics.Add(DiagnosticDescriptors.LastRevisedMismatch, map[At(shown.Path)],
                        DatesNotInFutureRule.Iso(shown.Date), DatesNotInFutureRule.Iso(latest));
                }
            }
        }
    }
}
