namespace PrivacySite.Inquiries.Documents.Checking;

/// <summary>What the byte checks made of one file.</summary>
public abstract record DocumentCheck
{
    private DocumentCheck()
    {
    }

    /// <summary>
    /// Taken, as <paramref name="Type"/>: <paramref name="Content"/> is what to store (an image re-encoded without its
    /// metadata, a PDF as it came), positioned at its start; the caller disposes it.
    /// </summary>
    public sealed record Accepted(DocumentType Type, Stream Content) : DocumentCheck;

    /// <summary>Refused for the reason <paramref name="Code"/> (one of <see cref="Forms.Validation.ErrorCodes"/>' file codes).</summary>
    public sealed record Refused(string Code) : DocumentCheck;
}
