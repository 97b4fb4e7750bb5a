using System.Text.RegularExpressions;
using PrivacySite.Content.Model;
using PrivacySite.Forms.Fields;
using PrivacySite.Forms.Model;
using PrivacySite.Forms.Validation.Rules;

namespace PrivacySite.Forms.Validation;

/// <summary>
/// Checks a raw submission against its form's field definitions and returns the normalised values,
/// or every problem at once so the person can fix them all in one go. Fields whose condition does
/// not hold are dropped, so nothing the person un-chose is stored; a contact field is required only
/// for the way of answering chosen (<see cref="FieldDefinition.RequiredWhen"/>).
/// </summary>
public static partial class InquiryValidator
{
    public static ValidationResult Validate(InquiryForm form, RawForm raw, DateOnly today)
    {
        var errors = new List<FieldError>();
        foreach (var (input, values) in raw.Values)
        {
            var field = form.FieldOfInput(input);
            if (field is null)
            {
                errors.Add(new FieldError(input, ErrorCodes.UnknownField));
            }
            else if (!ShapeRule.Accepts(field.Kind, raw.ShapeOf(input)))
            {
                errors.Add(new FieldError(input, ErrorCodes.WrongType, field.Name));
            }
            else if (values.Count > 1 && !field.IsMultiValued)
            {
                errors.Add(new FieldError(input, ErrorCodes.DuplicateField, field.Name));
            }
        }

        if (errors.Count > 0)
        {
            return new ValidationResult(null, errors);
        }

        var accepted = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var language = Language.Ja;
        string? token = null;
        foreach (var field in form.Fields.Where(f => Applies(f, accepted)))
        {
            switch (field.Kind)
            {
                case FieldKind.Honeypot:
                    continue;
                case FieldKind.Language:
                    var code = raw.First(field.Name);
                    if (code.Length > 0 && !Languages.TryParse(code, out language))
                    {
                        errors.Add(new FieldError(field.Name, ErrorCodes.OptionInvalid, field.Name));
                    }

                    continue;
                case FieldKind.Token:
                    token = raw.First(field.Name) is { Length: > 0 } t ? t : null;
                    if (token is not null && !TokenShape().IsMatch(token))
                    {
                        errors.Add(new FieldError(field.Name, ErrorCodes.TokenFormat, field.Name));
                    }

                    continue;
            }

            var (values, error) = FieldChecker.Check(RequiredNow(field, raw), raw, today);
            if (error is not null)
            {
                errors.Add(error);
            }
            else if (values.Count > 0)
            {
                accepted[field.Name] = values;
            }
        }

        return errors.Count > 0
            ? new ValidationResult(null, errors)
            : new ValidationResult(new ValidatedInquiry(form.Kind, accepted, language, token), []);
    }

    /// <summary>
    /// True when the field's condition holds on the values accepted so far. Controlling fields come
    /// earlier in the form, so a field whose controlling field did not apply does not apply either.
    /// </summary>
    private static bool Applies(FieldDefinition field, Dictionary<string, IReadOnlyList<string>> accepted) =>
        field.Condition is not { } condition
        || (accepted.TryGetValue(condition.Field, out var values) && values.Any(condition.AnyOf.Contains));

    /// <summary>
    /// The field as this submission needs it: an optional contact field is required when the member chose the
    /// way of answering that uses it (read as sent: a choice that is not one of the options is its own error).
    /// </summary>
    private static FieldDefinition RequiredNow(FieldDefinition field, RawForm raw) =>
        field.RequiredWhen is { } when && when.AnyOf.Contains(raw.First(when.Field)) ? field with { Required = true } : field;

    // Idempotency tokens: 16 to 100 URL-safe characters, so a guessable one ("1") is refused.
    [GeneratedRegex("^[A-Za-z0-9_-]{16,100}$", RegexOptions.CultureInvariant)]
    private static partial Regex TokenShape();
}
