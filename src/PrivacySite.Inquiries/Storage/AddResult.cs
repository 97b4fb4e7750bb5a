using PrivacySite.Inquiries.Model;

namespace PrivacySite.Inquiries.Storage;

public enum AddStatus
{
    /// <summary>Stored now.</summary>
    Added,

    /// <summary>The same submission was stored before; the reference and time are the first one's.</summary>
    Duplicate,

    /// <summary>Another inquiry already has this reference number; try again with a new one.</summary>
    ReferenceTaken,
}

public sealed record AddResult(AddStatus Status, ReferenceNumber Reference, DateTimeOffset ReceivedAt);
