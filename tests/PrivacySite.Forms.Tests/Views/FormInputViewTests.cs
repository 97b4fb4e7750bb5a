using PrivacySite.Forms.Fields;
using PrivacySite.Forms.Text;
using PrivacySite.Forms.Validation;
using PrivacySite.Forms.Views;
using PrivacySite.Theme.ViewModels.Forms;

namespace PrivacySite.Forms.Tests.Views;

/// <summary>
/// The inputs of a form page as drawn after a submission with mistakes: only the wrong inputs are
/// marked invalid (a wrong month, not the year and day; a missing street, not the optional building),
/// and short answers get inputs as wide as the answer.
/// </summary>
public sealed class FormInputViewTests
{
    private static readonly FormViewFactory Factory = new(new FormText(SampleContent.Content.Forms), (slug, language) => $"/{language.Code()}/{slug}/");

    [Fact]
    public void A_wrong_month_marks_the_month_alone()
    {
        Assert.Equal(["date_of_birth_month"], Invalid(("date_of_birth_year", "1985"), ("date_of_birth_month", "13"), ("date_of_birth_day", "1")));
    }

    [Fact]
    public void A_missing_street_marks_the_street_and_never_the_optional_building_line()
    {
        Assert.Equal(["address_street"], Invalid(("address_prefecture", "東京都"), ("address_city", "千代田区"), ("address_street", ""), ("address_building", "")));
    }

    [Fact]
    public void An_address_left_empty_marks_every_required_part_but_not_the_building_line()
    {
        Assert.Equal(["address_city", "address_prefecture", "address_street"], Invalid(("contact_preference", "post"), ("address_prefecture", ""), ("address_city", ""), ("address_street", "")));
    }

    [Fact]
    public void A_date_left_empty_marks_its_three_parts()
    {
        Assert.Equal(["date_of_birth_day", "date_of_birth_month", "date_of_birth_year"], Invalid(("date_of_birth_year", ""), ("date_of_birth_month", ""), ("date_of_birth_day", "")));
    }

    [Fact]
    public void A_short_postal_code_marks_the_postal_code_alone()
    {
        Assert.Equal(["postal_code"], Invalid(("postal_code", "12")));
    }

    [Fact]
    public void Short_answers_get_inputs_as_wide_as_the_answer_and_long_ones_the_full_width()
    {
        var inputs = Inputs(Build());

        Assert.Equal(10, inputs["postal_code"].Size);
        Assert.Equal(15, inputs["phone"].Size);
        Assert.Equal(12, inputs["card_number"].Size);
        Assert.Equal(5, inputs["date_of_birth_year"].Size);
        Assert.Equal(3, inputs["date_of_birth_day"].Size);
        Assert.Equal(12, inputs["address_prefecture"].Size);
        Assert.All(new[] { "name", "furigana", "email", "address_street", "address_building" }, name => Assert.Null(inputs[name].Size));
    }

    /// <summary>The date, address and postal code inputs marked invalid after sending the values given over a valid form.</summary>
    private static IReadOnlyList<string> Invalid(params (string Input, string Value)[] values)
    {
        var view = Build(values);
        return [.. Inputs(view).Values.Where(i => i.Invalid).Select(i => i.Name).Where(n => n.StartsWith("date_of_birth", StringComparison.Ordinal) || n.StartsWith("address", StringComparison.Ordinal) || n == "postal_code").Order(StringComparer.Ordinal)];
    }

    private static FormPageView Build(params (string Input, string Value)[] values)
    {
        var form = new Dictionary<string, IReadOnlyList<string>>
        {
            ["requester"] = ["self"], ["name"] = ["見本 花子"], ["furigana"] = ["ミホン ハナコ"], ["postal_code"] = ["100-0001"],
            ["date_of_birth_year"] = ["1985"], ["date_of_birth_month"] = ["4"], ["date_of_birth_day"] = ["1"],
            ["address_prefecture"] = ["東京都"], ["address_city"] = ["千代田区"], ["address_street"] = ["見本町1-2-3"],
            ["phone"] = ["0300000000"], ["email"] = ["hanako@example.org"], ["contact_preference"] = ["email"],
            ["category"] = ["handling"], ["description"] = ["宛名の誤り"], ["consent"] = ["yes"],
        };
        foreach (var (input, value) in values)
        {
            form[input] = [value];
        }

        var raw = new RawForm(form);
        var errors = InquiryValidator.Validate(InquiryForms.Complaint, raw, new DateOnly(2025, 6, 30)).Errors;
        return Factory.Build(InquiryForms.Complaint, Language.Ja, "/api/inquiries/complaint", raw, errors);
    }

    private static Dictionary<string, FormInputView> Inputs(FormPageView view) =>
        view.Fields.SelectMany(f => f.Inputs).ToDictionary(i => i.Name);
}
