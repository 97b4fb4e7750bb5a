using System.Security.Cryptography;
using System.Text;
using PrivacySite.Forms.Model;
using PrivacySite.Inquiries.Model;
using PrivacySite.Inquiries.Storage;

namespace PrivacySite.Inquiries.Intake;

/// <summary>
/// What makes two posts "the same submission". With an idempotency token (hidden field or
/// Idempotency-Key header), the token. Without one (a form posted with JavaScript off has no
/// fresh token), the normalised content on the same day, so a double click is still stored once.
/// Hashed, so the key column holds no submitted text.
/// </summary>
public static class SubmissionKey
{
    public static string For(ValidatedInquiry inquiry, DateOnly day)
    {
        var text = inquiry.IdempotencyToken is { } token
            ? $"token\n{StoredKind.Name(inquiry.Kind)}\n{token}"
            : $"content\n{StoredKind.Name(inquiry.Kind)}\n{day:yyyy-MM-dd}\n{AnswersHash.Canonical(inquiry.Values)}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
