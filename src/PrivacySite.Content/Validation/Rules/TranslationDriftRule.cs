using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Formats;
using PrivacySite.Content.History;
using PrivacySite.Content.Model;

namespace PrivacySite.Content.Validation.Rules;

/// <summary>
/// English left behind by a later change of its Japanese (found from the git history as the
/// content loaded) is a warning where the English stands; an <c>en_reviewed</c> date older than
/// the change is one where the date is, since it no longer vouches for the English.
/// </summary>
internal sealed class TranslationDriftRule : IContentRule
{
    public void Check(ContentSet content, DiagnosticBag diagnostics)
    {
        foreach (var drift in content.Drift)
        {
            var changed = IsoDate.Write(drift.JapaneseChanged);
            var japanese = drift.InPage ? TextOf(drift.Japanese) : HistoryPhrases.Line(drift.Japanese.Line);
            diagnostics.Add(DiagnosticDescriptors.TranslationDrift, drift.English, japanese, changed,
                drift.InPage ? HistoryPhrases.InFrontMatter : HistoryPhrases.BesideEnglish);
            if (drift is { Reviewed: { } at, ReviewedOn: { } on })
            {
                diagnostics.Add(DiagnosticDescriptors.ReviewedBeforeChange, at, IsoDate.Write(on), changed);
            }
        }
    }

    private static Phrase TextOf(SourceLocation location) => new(location.ToString(), location.ToString());
}
