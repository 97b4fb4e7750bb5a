namespace PrivacySite.Content.Formats;

/// <summary>The dashes people type between digit groups, from every keyboard and input method.</summary>
public static class Hyphens
{
    /// <summary>
    /// ASCII hyphen-minus, hyphen, non-breaking hyphen, figure dash, en and em dash, horizontal bar,
    /// minus sign, the long vowel mark Japanese IMEs often produce instead, and its half-width form and
    /// the full-width hyphen-minus: NFKC folds those two into the others, but the JSON Schema sees text
    /// as typed. '-' comes first so the list can stand in a regular expression's character class as it is.
    /// </summary>
    public const string Variants = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u30FC\uFF70\uFF0D";

    public static bool IsHyphen(char c) => Variants.Contains(c);
}
