using PrivacySite.Forms.Model;
using PrivacySite.Forms.Fields;
using PrivacySite.Inquiries.Intake;
using PrivacySite.Forms.Validation;

namespace PrivacySite.Testing;

/// <summary>
/// Submissions the forms accept that make the stored JSON as long as it can get: every optional
/// field present (an agent, medical fee statements), every text at its maximum length, written in
/// the characters the stored JSON escapes into six (&lt; &gt; &amp; quotes +, and emoji), as far as
/// each field's rules let them through. The validator itself decides, so the set follows its rules.
/// </summary>
public static class LongestSubmissions
{
    // Worst first; the last is plain Japanese, which every text field takes.
    private static readonly string[] Patterns = ["<>&\"'+😀\n", "<>&\"'+😀", "&\"'+😀", "&'+", "見"];

    private static readonly DateOnly Today = new(2025, 4, 1);

    public static IEnumerable<object[]> Kinds() => [[InquiryKind.Complaint], [InquiryKind.Request]];

    /// <summary>The raw form, each input with its values.</summary>
    public static RawForm Raw(InquiryKind kind)
    {
        var form = InquiryForms.For(kind);
        var values = Base(kind);
        foreach (var field in form.Fields.Where(f => f.Kind is FieldKind.Text or FieldKind.FreeText))
        {
            values[field.Name] = [Patterns.Select(p => Fill(p, field.MaxLength)).First(text => Accepts(form, values, field.Name, text))];
        }

        return new RawForm(values.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value));
    }

    public static ValidatedInquiry Validated(InquiryKind kind) =>
        InquiryValidator.Validate(InquiryForms.For(kind), Raw(kind), Today).Inquiry
        ?? throw new InvalidOperationException("the longest submission does not validate");

    /// <summary>A record of it as the intake service would store it, under a new reference and key.</summary>
    public static InquiryRecord Record(InquiryKind kind)
    {
        var inquiry = Validated(kind);
        var now = new DateTimeOffset(2025, 4, 1, 1, 2, 3, TimeSpan.Zero);
        return InquiryRecord.Received(ReferenceNumber.New(kind), inquiry, SubmissionKey.For(inquiry, Today) + Guid.NewGuid().ToString("N"), now, Today.AddDays(14));
    }

    /// <summary>The JSON body the service's API takes for it (a checkbox as true, several choices as an array).</summary>
    public static Dictionary<string, object> Json(InquiryKind kind, string token)
    {
        var form = InquiryForms.For(kind);
        var json = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (name, values) in Raw(kind).Values)
        {
            json[name] = form.FieldOfInput(name)?.Kind switch
            {
                FieldKind.Checkbox => true,
                FieldKind.Choices => values.ToArray(),
                _ => values[0],
            };
        }

        json[InquiryForms.Hidden.IdempotencyToken] = token;
        return json;
    }

    private static Dictionary<string, List<string>> Base(InquiryKind kind)
    {
        var values = new Dictionary<string, List<string>>(StringComparer.Ordinal)
        {
            ["requester"] = ["appointed_agent"],
            ["furigana"] = [new string('ア', 100)],
            ["date_of_birth_year"] = ["1985"],
            ["date_of_birth_month"] = ["4"],
            ["date_of_birth_day"] = ["1"],
            ["card_symbol"] = ["1234"],
            ["card_number"] = ["5678"],
            ["postal_code"] = ["100-0001"],
            ["address_prefecture"] = ["東京都"],
            ["address_city"] = [new string('町', 50)],
            ["address_street"] = [new string('町', 70)],
            ["address_building"] = [new string('棟', 60)],
            ["phone"] = ["03-0000-0000"],
            ["email"] = ["hanako@example.org"],
            ["contact_preference"] = ["email"],
            ["consent"] = ["yes"],
            ["lang"] = ["en"],
        };
        if (kind == InquiryKind.Complaint)
        {
            values["category"] = ["leak"];
        }
        else
        {
            values["request_kinds"] = [.. InquiryForms.Request["request_kinds"].AllowedValues];
            values["delivery_method"] = ["paper"];
            values["medical_fee_statements"] = ["yes"];
        }

        return values;
    }

    /// <summary>Exactly <paramref name="length"/> UTF-16 units of the pattern, never ending in half an emoji.</summary>
    private static string Fill(string pattern, int length)
    {
        var text = new System.Text.StringBuilder(length + pattern.Length);
        while (text.Length < length)
        {
            text.Append(pattern);
        }

        text.Length = length;
        if (char.IsHighSurrogate(text[^1]))
        {
            text[^1] = '&';
        }

        // A line break as the last character would be trimmed away and shorten the value.
        if (text[^1] == '\n')
        {
            text[^1] = '&';
        }

        return text.ToString();
    }

    private static bool Accepts(InquiryForm form, Dictionary<string, List<string>> values, string name, string text)
    {
        var trial = values.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value);
        trial[name] = [text];
        var errors = InquiryValidator.Validate(form, new RawForm(trial), Today).Errors;
        return errors.All(e => e.Field != name);
    }
}
