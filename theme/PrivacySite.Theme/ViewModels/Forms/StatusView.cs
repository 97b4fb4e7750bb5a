using PrivacySite.Content.Model.Notice;

namespace PrivacySite.Theme.ViewModels.Forms;

/// <summary>
/// The status page: the form (reference and code, posted, never in the address), and either a problem
/// (the one answer for any pair that opens nothing, too many attempts, a post from elsewhere) or the
/// status found. Nothing the member typed about themselves is on it.
/// </summary>
public sealed record StatusView(
    StatusFormView Form,
    MessageView? Problem,
    StatusResultView? Result,
    string ContactHeading,
    ContactPoint Desk);

/// <summary>The form, with the reference typed so far (the code is never written back into the page).</summary>
public sealed record StatusFormView(
    string Heading,
    string Intro,
    string Action,
    string ReferenceLabel,
    string ReferenceHint,
    string CodeLabel,
    string CodeHint,
    string Submit,
    string Reference);

/// <summary>Where an inquiry stands: its kind, status and what it means, the due date (and an extension), and what the office still needs.</summary>
public sealed record StatusResultView(
    string Heading,
    string ReferenceLabel,
    string Reference,
    string KindLabel,
    string Kind,
    string StatusLabel,
    string StatusName,
    string StatusDescription,
    string DueLabel,
    DateOnly DueOn,
    string? ExtendedReasonLabel,
    string? ExtendedReason,
    string NeedsTitle,
    IReadOnlyList<string> Needs,
    string NothingNeeded,
    string CheckAnother,
    string CheckAnotherHref);
