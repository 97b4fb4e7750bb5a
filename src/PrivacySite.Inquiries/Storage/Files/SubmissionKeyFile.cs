namespace PrivacySite.Inquiries.Storage.Files;

/// <summary>The small file that maps a submission key to the reference it was stored under.</summary>
internal sealed record SubmissionKeyFile(string Reference, DateTimeOffset ReceivedAt);
