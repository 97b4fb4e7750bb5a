namespace PrivacySite.Inquiries.Outbox;

/// <summary>What one attempt to send came to. <see cref="Detail"/> names a status or an exception type, never an address or a name.</summary>
public sealed record SendResult(SendOutcome Outcome, string Detail)
{
    public static SendResult Sent(string detail = "accepted") => new(SendOutcome.Sent, detail);

    /// <summary>A failure that may pass (no answer, 4xx from an SMTP server, 5xx or 429 from a webhook).</summary>
    public static SendResult Failed(string detail) => new(SendOutcome.Failed, detail);

    /// <summary>A refusal that repeating cannot change (a 5xx SMTP reply, a 4xx webhook answer, a missing address).</summary>
    public static SendResult Refused(string detail) => new(SendOutcome.Refused, detail);
}

public enum SendOutcome
{
    Sent,
    Failed,
    Refused,
}
