using System.Text.RegularExpressions;
using PrivacySite.Forms.Model;

namespace PrivacySite.Forms.Emails;

/// <summary>
/// Every e-mail the service sends members, by the name its words have in content/emails/messages.yaml,
/// and the placeholders each may use. Shared by the service, which fills them in, and <c>check</c>
/// (<see cref="EmailTextRule"/>), which refuses content that lacks one or names a placeholder nothing fills.
/// </summary>
public static partial class EmailCatalog
{
    public const string ReceivedRequest = "received-request";
    public const string ReceivedComplaint = "received-complaint";
    public const string IdentityVerified = "identity-verified";
    public const string AwaitingDocuments = "awaiting-documents";
    public const string Extended = "extended";
    public const string Answered = "answered";
    public const string Refused = "refused";

    public const string Reference = "reference";
    public const string Society = "society";
    public const string ReceivedOn = "received_on";
    public const string DueOn = "due_on";
    public const string Desk = "desk";
    public const string IdentityDocuments = "identity_documents";
    public const string Fees = "fees";
    public const string Reason = "reason";
    public const string NewDueOn = "new_due_on";
    public const string StatusCode = "status_code";
    public const string StatusUrl = "status_url";

    /// <summary>What every e-mail may say: the reference, the society, the dates and the desk.</summary>
    public static IReadOnlyList<string> Common { get; } = [Reference, Society, ReceivedOn, DueOn, Desk];

    /// <summary>Each e-mail and the placeholders it may use besides <see cref="Common"/>.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Emails { get; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        [ReceivedRequest] = [IdentityDocuments, Fees, StatusCode, StatusUrl],
        [ReceivedComplaint] = [StatusCode, StatusUrl],
        [IdentityVerified] = [],
        [AwaitingDocuments] = [Reason],
        [Extended] = [Reason, NewDueOn],
        [Answered] = [],
        [Refused] = [Reason],
    };

    /// <summary>The placeholders e-mail <paramref name="name"/> may use.</summary>
    public static IReadOnlyList<string> PlaceholdersOf(string name) => [.. Common, .. Emails.GetValueOrDefault(name) ?? []];

    /// <summary>The acknowledgement of a new inquiry of this kind.</summary>
    public static string ReceivedFor(InquiryKind kind) => kind == InquiryKind.Complaint ? ReceivedComplaint : ReceivedRequest;

    /// <summary>The names of the <c>{name}</c> placeholders in a text.</summary>
    public static IEnumerable<string> Placeholders(string? text) =>
        text is null ? [] : PlaceholderPattern().Matches(text).Select(m => m.Groups[1].Value);

    /// <summary>Each placeholder replaced by its value in one pass, so a value that holds braces is never read as one; one without a value stays as written.</summary>
    public static string Fill(string template, IReadOnlyDictionary<string, string> values) =>
        PlaceholderPattern().Replace(template, m => values.TryGetValue(m.Groups[1].Value, out var value) ? value : m.Value);

    [GeneratedRegex(@"\{([^{}\s]*)\}")]
    private static partial Regex PlaceholderPattern();
}
