using System.Globalization;
using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Loading;

namespace PrivacySite.Content.Validation.Rules;

/// <summary>
/// Dates in the content record what has happened (enactment, revisions), so none lies after
/// today in Japan. The clock is passed in, so tests decide what "today" is.
/// </summary>
internal sealed class DatesNotInFutureRule(TimeProvider clock) : RecordRule
{
    private static readonly TimeSpan JapanOffset = TimeSpan.FromHours(9); // Japan keeps no daylight saving time

    public override void Check(object model, SourceMap map, DiagnosticBag diagnostics)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(JapanOffset).DateTime);
        foreach (var (path, date) in ModelWalker.Find<DateOnly>(model).Where(d => d.Value > today))
        {
            diagnostics.Add(DiagnosticDescriptors.FutureDate, map[path], Iso(date), Iso(today));
        }
    }

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
