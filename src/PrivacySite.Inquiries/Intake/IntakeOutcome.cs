using PrivacySite.Forms.Validation;
using PrivacySite.Inquiries.Model;

namespace PrivacySite.Inquiries.Intake;

/// <summary>What became of a submission.</summary>
public abstract record IntakeOutcome
{
    private IntakeOutcome()
    {
    }

    /// <summary>Nothing stored: these problems need fixing.</summary>
    public sealed record Invalid(IReadOnlyList<FieldError> Errors) : IntakeOutcome;

    /// <summary>
    /// Stored (or stored before, when <paramref name="Replayed"/>), under this reference, due for an answer on <paramref name="DueOn"/>,
    /// its status page opened by <paramref name="Code"/> (null for a repeat: the first answer gave it, and only its hash is kept).
    /// </summary>
    public sealed record Stored(ReferenceNumber Reference, DateTimeOffset ReceivedAt, DateOnly DueOn, bool Replayed, StatusCode? Code) : IntakeOutcome;

    /// <summary>
    /// Nothing stored: the idempotency token (or key) was used before for a submission with other
    /// answers, and a token names one submission, so these answers are not taken under it.
    /// </summary>
    public sealed record SentBeforeWithOtherAnswers : IntakeOutcome;

    /// <summary>The honeypot was filled in: the sender is answered as if stored, and nothing is kept.</summary>
    public sealed record Discarded(ReferenceNumber Reference, DateTimeOffset ReceivedAt) : IntakeOutcome;
}
