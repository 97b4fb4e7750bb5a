using PrivacySite.Forms.Fields;
using PrivacySite.Forms.Model;
using PrivacySite.Forms.Validation;

namespace PrivacySite.Forms.Tests.Validation;

/// <summary>Validates a valid base submission with some inputs changed, on a fixed "today".</summary>
internal static class ValidationHarness
{
    public static readonly DateOnly Today = new(2025, 6, 30);

    private static readonly Dictionary<string, string[]> ComplaintBase = new()
    {
        ["requester"] = ["self"],
        ["name"] = ["見本 花子"],
        ["furigana"] = ["ミホン ハナコ"],
        ["date_of_birth_year"] = ["1985"],
        ["date_of_birth_month"] = ["4"],
        ["date_of_birth_day"] = ["1"],
        ["postal_code"] = ["100-0001"],
        ["address_prefecture"] = ["東京都"],
        ["address_city"] = ["千代田区"],
        ["address_street"] = ["見本町1-2-3"],
        ["phone"] = ["0300000000"],
        ["email"] = ["hanako@example.org"],
        ["contact_preference"] = ["email"],
        ["category"] = ["handling"],
        ["description"] = ["通知の宛名が誤っていました。"],
        ["consent"] = ["yes"],
    };

    public static ValidationResult Complaint(params (string Input, string?[] Values)[] changes) => Run(InquiryForms.Complaint, ComplaintBase, changes);

    /// <summary>The valid complaint, changed, checked against a form as a society asks it.</summary>
    public static ValidationResult ComplaintOn(InquiryForm form, params (string Input, string?[] Values)[] changes) => Run(form, ComplaintBase, changes);

    public static ValidationResult Request(params (string Input, string?[] Values)[] changes)
    {
        var baseForm = ComplaintBase.Where(p => p.Key is not ("category" or "description")).ToDictionary();
        baseForm["request_kinds"] = ["purpose_notice"];
        baseForm["data_concerned"] = ["加入者台帳の記録"];
        return Run(InquiryForms.Request, baseForm, changes);
    }

    /// <summary>A null value list removes the input.</summary>
    private static ValidationResult Run(InquiryForm form, Dictionary<string, string[]> baseForm, (string Input, string?[] Values)[] changes)
    {
        var values = baseForm.ToDictionary(p => p.Key, p => p.Value);
        foreach (var (input, change) in changes)
        {
            if (change is [null])
            {
                values.Remove(input);
            }
            else
            {
                values[input] = [.. change.Select(v => v!)];
            }
        }

        return InquiryValidator.Validate(form, new RawForm(values.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value)), Today);
    }

    public static (string Input, string?[] Values) Set(string input, params string[] values) => (input, values);

    public static (string Input, string?[] Values) Remove(string input) => (input, [null]);

    public static string Stored(ValidationResult result, string field)
    {
        Assert.True(result.IsValid, string.Join(", ", result.Errors.Select(e => $"{e.Input}:{e.Code}")));
        return string.Join("|", result.Inquiry!.Values[field]);
    }

    public static FieldError SingleError(ValidationResult result)
    {
        Assert.False(result.IsValid);
        return Assert.Single(result.Errors);
    }
}
