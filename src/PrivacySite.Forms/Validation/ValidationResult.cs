using PrivacySite.Forms.Model;

namespace PrivacySite.Forms.Validation;

/// <summary>Either the validated inquiry or every problem found, in form order.</summary>
public sealed record ValidationResult(ValidatedInquiry? Inquiry, IReadOnlyList<FieldError> Errors)
{
    public bool IsValid => Inquiry is not null;
}
