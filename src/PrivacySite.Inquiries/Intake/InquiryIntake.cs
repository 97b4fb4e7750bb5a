using PrivacySite.Content.Model.Calendar;
using PrivacySite.Forms.Fields;
using PrivacySite.Inquiries.Documents;
using PrivacySite.Forms.Model;
using PrivacySite.Forms.Validation;
using PrivacySite.Inquiries.Deadlines;
using PrivacySite.Inquiries.Model;
using PrivacySite.Inquiries.Outbox;
using PrivacySite.Inquiries.Storage;

namespace PrivacySite.Inquiries.Intake;

/// <summary>
/// Takes a submission from raw values to a stored inquiry: honeypot, validation, reference number,
/// status page code (derived under <see cref="StatusCodeKeys"/> and stored as its hash; the code itself goes only to the member), due date, store (with the messages it causes, see <see cref="MessagePlan"/>). It answers only once the store confirmed the write; a store failure propagates as
/// <see cref="InquiryStoreUnavailableException"/> with nothing half-saved.
/// </summary>
/// <param name="forms">The forms as the society asks them, which the static form pages are drawn from too.</param>
public sealed class InquiryIntake(IInquiryStore store, TimeProvider clock, DueDates dueDates, MessagePlan messages, AskedForms forms, StatusCodeKeys codes)
{
    private const int ReferenceAttempts = 5;

    /// <param name="documents">The set of identity documents already stored for this submission, named in the inquiry; the caller deletes it unless the outcome is a new <see cref="IntakeOutcome.Stored"/>.</param>
    public async Task<IntakeOutcome> SubmitAsync(InquiryKind kind, RawForm raw, CancellationToken cancellationToken, DocumentSetId? documents = null)
    {
        var now = clock.GetUtcNow();
        if (raw.First(InquiryForms.Hidden.Honeypot).Length > 0)
        {
            return new IntakeOutcome.Discarded(ReferenceNumber.New(kind), now);
        }

        var today = JapanTime.DateOf(now);
        var result = InquiryValidator.Validate(forms.For(kind), raw, today);
        if (result.Inquiry is not { } inquiry)
        {
            return new IntakeOutcome.Invalid(result.Errors);
        }

        var key = SubmissionKey.For(inquiry, today);
        var dueOn = dueDates.For(kind, inquiry.Values, now);
        for (var attempt = 0; attempt < ReferenceAttempts; attempt++)
        {
            var reference = ReferenceNumber.New(kind);
            var code = codes.CodeFor(reference);
            var record = InquiryRecord.Received(reference, inquiry, key, now, dueOn, code, documents);
            var added = await store.AddAsync(record, messages.ForReceived(record, now), cancellationToken);
            if (added.Status != AddStatus.ReferenceTaken)
            {
                return added.Status switch
                {
                    AddStatus.Duplicate when added.FirstAnswers is { } first && first != AnswersHash.Of(inquiry.Values) =>
                        new IntakeOutcome.SentBeforeWithOtherAnswers(),
                    AddStatus.Duplicate => new IntakeOutcome.Stored(added.Reference, added.ReceivedAt, dueDates.For(kind, inquiry.Values, added.ReceivedAt), Replayed: true, Code: null),
                    _ => new IntakeOutcome.Stored(added.Reference, added.ReceivedAt, dueOn, Replayed: false, code),
                };
            }
        }

        throw new InquiryStoreUnavailableException($"no free reference number after {ReferenceAttempts} attempts");
    }

    /// <summary>The problems validation finds in <paramref name="raw"/>, storing nothing (to show them beside problems with the files).</summary>
    public IReadOnlyList<FieldError> Problems(InquiryKind kind, RawForm raw) =>
        InquiryValidator.Validate(InquiryForms.For(kind), raw, JapanTime.DateOf(clock.GetUtcNow())).Errors;
}
