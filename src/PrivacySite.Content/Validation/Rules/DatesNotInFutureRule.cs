using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Formats;
using PrivacySite.Content.Loading;
using PrivacySite.Content.Model.Calendar;

namespace PrivacySite.Content.Validation.Rules;

/// <summary>
/// Dates in the content record what has happened (enactment, revisions), so none lies after
/// today in Japan; a file of planned dates (the holiday calendar) is left alone. The clock is
/// passed in, so tests decide what "today" is.
/// </summary>
internal sealed class DatesNotInFutureRule(TimeProvider clock) : RecordRule
{
    public override void Check(object model, SourceMap map, DiagnosticBag diagnostics)
    {
        if (model.GetType().IsDefined(typeof(PlannedDatesAttribute), inherit: false))
        {
            return;
        }

        var today = JapanTime.Today(clock);
        foreach (var (path, date) in ModelWalker.Find<DateOnly>(model).Where(d => d.Value > today))
        {
            diagnostics.Add(DiagnosticDescriptors.FutureDate, map[path], IsoDate.Write(date), IsoDate.Write(today));
        }
    }
}
