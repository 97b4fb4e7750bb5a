using PrivacySite.Cli.Console;
using PrivacySite.Content.Diagnostics;
using PrivacySite.Inquiries.Deadlines;
using PrivacySite.Inquiries.Model;

namespace PrivacySite.Cli.Commands.Inquiries;

/// <summary>
/// Says when an inquiry's due date is the office's internal target rather than a number of days the notice
/// publishes: the notice wrote words ("without delay") or nothing for what was asked (see <see cref="DeskContent"/>;
/// without loadable content it says nothing).
/// </summary>
internal sealed class DueDateBasis(DueDates? dueDates)
{
    /// <summary>True when the notice states no number of days for what the inquiry asks, so the internal target set its due date.</summary>
    public bool IsInternalTarget(InquiryRecord record) => dueDates is { } due && due.StatedDays(record.Kind, record.Values) is null;

    /// <summary>The sentence for `show`, naming the target's business days; null when the notice states the days.</summary>
    public Phrase? Explain(InquiryRecord record) =>
        IsInternalTarget(record) ? DeskText.InternalTarget.Format(dueDates!.TargetDays) : null;

    /// <summary>The footnote `list` prints under lines marked as set by the internal target.</summary>
    public Phrase Footnote => DeskText.InternalTargetFootnote.Format(dueDates?.TargetDays ?? 0);
}
