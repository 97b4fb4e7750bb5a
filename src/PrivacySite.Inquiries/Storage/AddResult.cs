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

/// <param name="FirstAnswers">
/// For <see cref="AddStatus.Duplicate"/>: the <see cref="AnswersHash"/> of the answers stored first
/// under the key, to tell a repeat from the key sent again with other answers; null when not known
/// (stored before the store kept it).
/// </param>
public sealed record AddResult(AddStatus Status, ReferenceNumber Reference, DateTimeOffset ReceivedAt, string? FirstAnswers = null);
