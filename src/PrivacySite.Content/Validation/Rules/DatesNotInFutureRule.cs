using System.Globalization;
using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Model;

namespace PrivacySite.Content.Validation.Rules;

/// <summary>
/// Dates in the content record what has happened (enactment, revisions), so none lies after
/// today in Japan. The clock is passed in, so tests decide what "today" is.
/// </summary>
internal sealed class DatesNotInFutureRule(TimeProvider clock) : IContentRule
{
    private static readonly TimeSpan JapanOffset = TimeSpan.FromHours(9); // Japan keeps no daylight saving time

    public void Check(ContentSet content, DiagnosticBag diagnostics)
    {
        var today = Today(clock);
        foreach (var (file, model) in ContentRecords.All(content))
        {
            foreach (var (path, date) in ModelWalker.Find<DateOnly>(model).Where(d => d.Value > today))
            {
                diagnostics.Add(DiagnosticDescriptors.FutureDate, content.SourceMaps[file][path], Iso(date), Iso(today));
            }
        }
    }

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(JapanOffset).DateTime);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
