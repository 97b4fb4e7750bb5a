namespace PrivacySite.Content.Model;

/// <summary>The site's languages. Japanese is the default and authoritative one.</summary>
public enum Language
{
    Ja,
    En,
}

public static class Languages
{
    public static IReadOnlyList<Language> All { get; } = [Language.Ja, Language.En];

    public static Language Default => Language.Ja;

    public static string Code(this Language language) => language == Language.Ja ? "ja" : "en";

    /// <summary>Site-relative folder of the language: "" for Japanese, "en/" for English.</summary>
    public static string PathPrefix(this Language language) => language == Language.Ja ? "" : "en/";

    public static Language Other(this Language language) => language == Language.Ja ? Language.En : Language.Ja;

    public static bool TryParse(string? code, out Language language)
    {
        switch (code?.Trim().ToLowerInvariant())
        {
            case "ja": language = Language.Ja; return true;
            case "en": language = Language.En; return true;
            default: language = Language.Ja; return false;
        }
    }
}
