using PrivacySite.Forms.Fields;
using PrivacySite.Forms.Model;
using PrivacySite.Forms.Validation.Rules;

namespace PrivacySite.Forms.Validation;

/// <summary>
/// Checks the values of one visible field: presence, characters (one-line values also as
/// <see cref="StructuredText"/> allows), length, then the rule of its kind.
/// </summary>
internal static class FieldChecker
{
    public static (IReadOnlyList<string> Values, FieldError? Error) Check(FieldDefinition field, RawForm raw, DateOnly today)
    {
        var inputs = field.Inputs;
        var multiline = field.Kind == FieldKind.FreeText;
        var texts = new List<string>();
        foreach (var input in inputs)
        {
            foreach (var value in field.IsMultiValued ? raw[input.Name] : [raw.First(input.Name)])
            {
                if (TextSafety.HasUnpairedSurrogate(value))
                {
                    return ([], Error(input.Name, field, ErrorCodes.InvalidCharacters));
                }

                // A value of nothing but invisible characters (a Hangul filler as a name) was not filled in.
                var text = TextNormaliser.Normalise(value, field.Normalised, multiline);
                texts.Add(InvisibleCharacters.IsBlank(text) ? "" : text);
            }
        }

        if (texts.All(t => t.Length == 0))
        {
            return ([], field.Required ? Error(inputs[0].Name, field, MissingCode(field.Kind)) : null);
        }

        for (var i = 0; i < texts.Count; i++)
        {
            var input = inputs[Math.Min(i, inputs.Count - 1)];
            var unsafeCode = TextSafety.Check(texts[i], multiline, formula: ReachesSpreadsheets(field.Kind))
                ?? (multiline ? null : StructuredText.Check(texts[i]));
            if (unsafeCode is not null)
            {
                return ([], Error(input.Name, field, unsafeCode));
            }

            // A date's parts are checked by the date rule, whose messages say more than "too long".
            if (field.Kind != FieldKind.Date && texts[i].Length > input.MaxLength)
            {
                return ([], Error(input.Name, field, ErrorCodes.TooLong, input.MaxLength));
            }
        }

        if (field.Kind == FieldKind.Date)
        {
            var (date, code, part) = DateRule.Check(texts[0], texts[1], texts[2], today);
            return code is null ? ([date!], null) : ([], Error(inputs[part].Name, field, code));
        }

        if (field.Kind == FieldKind.Address)
        {
            var missing = inputs.Select((input, i) => (input, i)).FirstOrDefault(p => !p.input.Optional && texts[p.i].Length == 0);
            return missing.input is { } part
                ? ([], Error(part.Name, field, ErrorCodes.AddressIncomplete))
                : ([string.Join(' ', texts.Where(t => t.Length > 0))], null);
        }

        if (field.Kind is FieldKind.Choice or FieldKind.Choices or FieldKind.Checkbox)
        {
            var chosen = texts.Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToList();
            return chosen.All(field.AllowedValues.Contains)
                ? ([.. field.AllowedValues.Where(chosen.Contains)], null)
                : ([], Error(field.Name, field, ErrorCodes.OptionInvalid));
        }

        var result = field.Kind switch
        {
            FieldKind.Kana => KanaRule.Check(texts[0]),
            FieldKind.PostalCode => PostalCodeRule.Check(texts[0]),
            FieldKind.Phone => PhoneRule.Check(texts[0]),
            FieldKind.Email => EmailRule.Check(texts[0]),
            FieldKind.CardCode => CardCodeRule.Check(texts[0]),
            _ => Checked.Ok(texts[0]),
        };
        return result.Error is null ? ([result.Value!], null) : ([], Error(field.Name, field, result.Error));
    }

    /// <summary>Kinds whose rules let a leading =, +, - or @ through; the others' own formats refuse it with a better message.</summary>
    private static bool ReachesSpreadsheets(FieldKind kind) =>
        kind is FieldKind.Text or FieldKind.FreeText or FieldKind.Address or FieldKind.Email or FieldKind.CardCode;

    private static string MissingCode(FieldKind kind) => kind switch
    {
        FieldKind.Choice or FieldKind.Choices => ErrorCodes.ChooseOne,
        FieldKind.Checkbox => ErrorCodes.CheckRequired,
        _ => ErrorCodes.Required,
    };

    private static FieldError Error(string input, FieldDefinition field, string code, int? max = null) =>
        new(input, code, field.Name, max);
}
