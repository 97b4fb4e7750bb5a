using PrivacySite.Forms.Fields;
using PrivacySite.Forms.Text;
using PrivacySite.Forms.Validation;

namespace PrivacySite.Forms.Tests.Text;

/// <summary>
/// The error messages of every field, as the forms show them: English messages are sentences that
/// name the field with its lower-case message_name from content/forms/fields.yaml, not templates
/// around a Title Case label; Japanese messages name it in 「」.
/// </summary>
public sealed class FieldMessagesTests
{
    private static readonly FormText Text = new(SampleContent.Content.Forms);

    private static IEnumerable<FieldDefinition> Fields => InquiryForms.All.SelectMany(f => f.Fields).DistinctBy(f => f.Name);

    // The codes whose message names a field, each with the fields a submission can get it for.
    private static readonly string[] FieldCodes =
    [
        ErrorCodes.Required, ErrorCodes.ChooseOne, ErrorCodes.CheckRequired, ErrorCodes.TooLong, ErrorCodes.InvalidCharacters,
        ErrorCodes.InvisibleCharacters, ErrorCodes.FormulaStart, ErrorCodes.KanaOnly, ErrorCodes.PostalCodeFormat, ErrorCodes.PhoneFormat,
        ErrorCodes.EmailFormat, ErrorCodes.CardCodeFormat, ErrorCodes.DateIncomplete, ErrorCodes.DateInvalid, ErrorCodes.DateFuture,
        ErrorCodes.DateEra, ErrorCodes.DateYearFormat, ErrorCodes.AddressIncomplete, ErrorCodes.OptionInvalid, ErrorCodes.DuplicateField,
        ErrorCodes.WrongType,
    ];

    [Fact]
    public void Every_field_has_an_English_message_name_in_lower_case_that_differs_from_a_Title_Case_label()
    {
        Assert.All(Fields, field =>
        {
            var name = Text.MessageName(field.Name, Language.En);
            Assert.True(char.IsLower(name[0]), $"{field.Name}: '{name}' does not start in lower case");
        });
    }

    [Fact]
    public void Every_English_field_message_is_a_sentence_that_starts_with_a_capital_and_holds_no_label()
    {
        var failures = new List<string>();
        foreach (var field in Fields)
        {
            foreach (var code in FieldCodes)
            {
                var message = Text.Message(new FieldError(field.Name, code, field.Name, Max: 60), Language.En);
                var label = Text.Label(field.Name, Language.En);
                if (!char.IsUpper(message[0]) || message.Contains("{", StringComparison.Ordinal) || message.Contains(label, StringComparison.Ordinal))
                {
                    failures.Add($"{field.Name}/{code}: {message}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Theory]
    [InlineData("requester", ErrorCodes.ChooseOne, "Select who is sending this")]
    [InlineData("furigana", ErrorCodes.Required, "Enter the reading of the member's name (furigana)")]
    [InlineData("furigana", ErrorCodes.KanaOnly, "Use only katakana for the reading of the member's name (furigana)")]
    [InlineData("requester", ErrorCodes.DuplicateField, "The form sent who is sending this more than once: send it again from the form page")]
    [InlineData("postal_code", ErrorCodes.PostalCodeFormat, "Enter the postal code as 7 digits, for example 100-0000")]
    [InlineData("date_of_birth", ErrorCodes.DateFuture, "Enter the member's date of birth as today or a date in the past")]
    [InlineData("consent", ErrorCodes.CheckRequired, "To send the form, tick the box to confirm that you agree to this use of your personal information")]
    public void English_messages_read_as_sentences(string field, string code, string expected)
    {
        Assert.Equal(expected, Text.Message(new FieldError(field, code, field), Language.En));
    }

    [Theory]
    [InlineData("name", ErrorCodes.Required, "「氏名」を入力してください")]
    [InlineData("consent", ErrorCodes.CheckRequired, "送信するには「個人情報の利用への同意」にチェックを入れてください")]
    [InlineData("date_of_birth", ErrorCodes.DateFuture, "「生年月日」は今日以前の日付を入力してください")]
    public void Japanese_messages_name_the_field_in_brackets(string field, string code, string expected)
    {
        Assert.Equal(expected, Text.Message(new FieldError(field, code, field), Language.Ja));
    }
}
