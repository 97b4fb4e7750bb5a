using PrivacySite.Content.Formats;

namespace PrivacySite.Forms.Validation.Rules;

/// <summary>A code from the insurance card (記号 or 番号): letters (including kana and kanji), digits, hyphens and spaces.</summary>
internal static class CardCodeRule
{
    public static Checked Check(string value) =>
        value.All(c => char.IsLetterOrDigit(c) || c == ' ' || Hyphens.IsHyphen(c))
            ? Checked.Ok(value)
            : Checked.Fail(ErrorCodes.CardCodeFormat);
}
