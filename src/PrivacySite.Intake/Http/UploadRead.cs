using PrivacySite.Forms.Validation;
using PrivacySite.Inquiries.Documents;

namespace PrivacySite.Intake.Http;

/// <summary>
/// A multipart submission read: its text values (or why the body could not be read), the set its accepted files were
/// stored in (null when none were), and the problems with its files. Stored files are the caller's to keep or delete.
/// </summary>
internal sealed record UploadRead(ReadSubmission Submission, DocumentSetId? Set, IReadOnlyList<FieldError> FileErrors);
