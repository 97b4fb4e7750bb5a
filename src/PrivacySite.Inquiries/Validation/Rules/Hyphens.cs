namespace PrivacySite.Inquiries.Validation.Rules;

/// <summary>The dashes people type between digit groups, from every keyboard and input method.</summary>
internal static class Hyphens
{
    // After NFKC: ASCII hyphen-minus, hyphen, non-breaking hyphen, figure dash, en and em dash,
    // horizontal bar, minus sign, and the long vowel mark Japanese IMEs often produce instead.
    private const string Variants = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u30FC";

    public static bool IsHyphen(char c) => Variants.Contains(c);
}
