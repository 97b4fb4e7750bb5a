using System.Security.Cryptography;
using System.Text.Json;
using Azure.Data.Tables;
using PrivacySite.Content.Model.Calendar;
using PrivacySite.Forms.Fields;
using PrivacySite.Forms.Model;
using PrivacySite.Forms.Validation;
using PrivacySite.Inquiries.Intake;
using PrivacySite.Inquiries.Model;
using PrivacySite.Inquiries.Storage.Tables;

namespace PrivacySite.Intake.Benchmarks;

/// <summary>
/// The rows the table store writes for the load run's complaint, made once by the service's own
/// validator, submission key and entity mapper, so the raw baseline inserts the same size and shape
/// the service does. Each use copies them with fresh keys, which costs the harness next to nothing.
/// </summary>
internal static class StoredRows
{
    private static readonly (TableEntity Inquiry, TableEntity Key) Template = Build();

    /// <summary>The inquiry row's properties as JSON (about what the SDK sends for it).</summary>
    public static int InquiryBytes { get; } = JsonSerializer.SerializeToUtf8Bytes(Template.Inquiry.ToDictionary()).Length;

    /// <summary>A fresh inquiry row and its submission-key row (new reference, new key).</summary>
    public static (TableEntity Inquiry, TableEntity Key) Next()
    {
        var reference = ReferenceNumber.New(InquiryKind.Complaint).Value;
        var submissionKey = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        var inquiry = Copy(Template.Inquiry, reference);
        inquiry["SubmissionKey"] = submissionKey;
        var key = Copy(Template.Key, InquiryEntityMapper.KeyRow(submissionKey));
        key["Reference"] = reference;
        return (inquiry, key);
    }

    private static (TableEntity, TableEntity) Build()
    {
        var now = DateTimeOffset.UtcNow;
        var today = JapanTime.DateOf(now);
        var raw = new RawForm(Payload.Complaint().ToDictionary(p => p.Key, p => (IReadOnlyList<string>)[p.Value is true ? "yes" : (string)p.Value]));
        var inquiry = InquiryValidator.Validate(InquiryForms.Complaint, raw, today).Inquiry
            ?? throw new InvalidOperationException("the load run's complaint does not validate");
        var record = InquiryRecord.Received(ReferenceNumber.New(InquiryKind.Complaint), inquiry, SubmissionKey.For(inquiry, today), now, today.AddDays(30));
        return (InquiryEntityMapper.ToEntity(record), InquiryEntityMapper.ToKeyEntity(record));
    }

    private static TableEntity Copy(TableEntity template, string rowKey)
    {
        var copy = new TableEntity();
        foreach (var (name, value) in template)
        {
            copy[name] = value;
        }

        copy.RowKey = rowKey;
        return copy;
    }
}
