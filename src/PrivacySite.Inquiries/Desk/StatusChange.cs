using PrivacySite.Inquiries.Model;

namespace PrivacySite.Inquiries.Desk;

/// <summary>What became of a request to move an inquiry to another status, or to extend its due date.</summary>
public abstract record StatusChange
{
    private StatusChange()
    {
    }

    /// <summary>Stored: <paramref name="Entry"/> was appended to the history of <paramref name="Inquiry"/> (as stored now).</summary>
    public sealed record Changed(InquiryStatus From, InquiryRecord Inquiry, HistoryEntry Entry) : StatusChange;

    public sealed record NotFound : StatusChange;

    /// <summary>The workflow does not allow this step from <paramref name="From"/>; <paramref name="Allowed"/> are the steps it does.</summary>
    public sealed record NotAllowed(InquiryStatus From, InquiryStatus To, IReadOnlyList<InquiryStatus> Allowed) : StatusChange;

    /// <summary>Refusing, asking for documents and extending need a note giving the reason.</summary>
    public sealed record ReasonRequired : StatusChange;

    /// <summary>An extension must move the due date later than <paramref name="DueOn"/>, where it stands.</summary>
    public sealed record NotLater(DateOnly DueOn) : StatusChange;

    /// <summary>Someone else changed the inquiry between reading and writing it; nothing was stored.</summary>
    public sealed record Conflict(InquiryStatus Now) : StatusChange;
}
