using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Formats;
using PrivacySite.Content.Loading;
using PrivacySite.Content.Model.Calendar;

namespace PrivacySite.Content.Validation.Rules;

/// <summary>
/// The holiday calendar lists each day once, and reaches far enough ahead for the longest
/// response time: once it runs out, due dates would count holidays as business days.
/// </summary>
internal sealed class HolidayCalendarRule(TimeProvider clock) : RecordRule
{
    /// <summary>About three months: a response time of up to 60 business days must fall within the calendar.</summary>
    private const int DaysAhead = 92;

    public override void Check(object model, SourceMap map, DiagnosticBag diagnostics)
    {
        if (model is not HolidayCalendar calendar)
        {
            return;
        }

        var holidays = calendar.Holidays;
        var firstSeen = new Dictionary<DateOnly, SourceLocation>();
        for (var i = 0; i < holidays.Count; i++)
        {
            var location = map[$"holidays[{i}].date"];
            if (!firstSeen.TryAdd(holidays[i].Date, location))
            {
                diagnostics.Add(DiagnosticDescriptors.HolidayListedTwice, location, IsoDate.Write(holidays[i].Date), firstSeen[holidays[i].Date].Line);
            }
        }

        var last = calendar.LastListed;
        if (last is null || last < JapanTime.Today(clock).AddDays(DaysAhead))
        {
            var nextYear = (last ?? JapanTime.Today(clock)).Year + 1;
            diagnostics.Add(DiagnosticDescriptors.HolidayCalendarEnding, map["holidays"], last is { } date ? IsoDate.Write(date) : Phrases.NotSet, nextYear);
        }
    }
}
