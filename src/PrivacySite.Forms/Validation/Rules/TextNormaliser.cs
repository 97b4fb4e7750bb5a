using PrivacySite.Content.Formats;

namespace PrivacySite.Forms.Validation.Rules;

/// <summary>
/// Brings a value to the form it is checked and stored in. Structured values are NFKC-normalised
/// as the shared formats are (full-width digits and letters, half-width kana, ideographic spaces);
/// free text keeps every character as typed and only has its line breaks unified, the line and
/// paragraph separators some editors paste included.
/// </summary>
internal static class TextNormaliser
{
    public static string Normalise(string value, bool nfkc, bool multiline)
    {
        var text = value.Replace("\r\n", "\n").Replace('\r', '\n');
        if (multiline)
        {
            text = text.Replace('\u2028', '\n').Replace('\u2029', '\n');
        }

        return nfkc ? JapaneseFormats.Normalize(text) : text.Trim();
    }
}
