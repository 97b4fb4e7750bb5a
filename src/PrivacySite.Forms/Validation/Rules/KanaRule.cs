using System.Text;

namespace PrivacySite.Forms.Validation.Rules;

/// <summary>
/// Furigana in katakana. Hiragana is converted to katakana (half-width kana was already made
/// full-width by NFKC); spaces between family and given name are kept as one.
/// </summary>
internal static class KanaRule
{
    public static Checked Check(string value)
    {
        var sb = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            var k = c is >= '\u3041' and <= '\u3096' or '\u309D' or '\u309E' ? (char)(c + 0x60) : c;
            if (k == ' ')
            {
                if (sb.Length > 0 && sb[^1] != ' ')
                {
                    sb.Append(' ');
                }
            }
            else if (k is >= '\u30A1' and <= '\u30FA' or '\u30FB' or '\u30FC' or '\u30FD' or '\u30FE')
            {
                sb.Append(k);
            }
            else
            {
                return Checked.Fail(ErrorCodes.KanaOnly);
            }
        }

        return Checked.Ok(sb.ToString().TrimEnd());
    }
}
