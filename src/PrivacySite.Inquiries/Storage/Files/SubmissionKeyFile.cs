namespace PrivacySite.Inquiries.Storage.Files;

/// <summary>The small file that maps a submission key to the reference it was stored under and the <see cref="AnswersHash"/> of its answers (null in older files).</summary>
internal sealed record SubmissionKeyFile(string Reference, DateTimeOffset ReceivedAt, string? Answers = null);
