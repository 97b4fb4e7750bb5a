using PrivacySite.Forms.Fields;

namespace PrivacySite.Forms.Views;

/// <summary>
/// How wide an input is drawn, in characters (HTML size), so its width hints at the answer expected:
/// a postal code, a phone number, a card's symbol or number, a date's parts and the prefecture are
/// short; names, addresses and e-mail take the full width (null).
/// </summary>
internal static class InputSizes
{
    public static int? Of(FieldKind kind, FieldInput input) => kind switch
    {
        // 2025, 12, 31: one character to spare.
        FieldKind.Date => input.MaxLength + 1,

        // 123-4567 and 03-0000-0000 with their hyphens, typed in half- or full-width digits.
        FieldKind.PostalCode => 10,
        FieldKind.Phone => 15,
        FieldKind.CardCode => 12,

        // 神奈川県, Kanagawa.
        FieldKind.Address when input.Part == "prefecture" => 12,
        _ => null,
    };
}
