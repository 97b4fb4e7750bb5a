using PrivacySite.Content.Model;

namespace PrivacySite.Intake.Desk;

/// <summary>The language segment of a desk address: exactly "ja" or "en"; anything else is no desk page (404).</summary>
internal static class DeskLanguage
{
    public static bool TryParse(string segment, out Language language) =>
        Languages.TryParse(segment, out language) && segment == language.Code();
}
