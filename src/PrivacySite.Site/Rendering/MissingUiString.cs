using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Model;

namespace PrivacySite.Site.Rendering;

/// <summary>Reports a UI word the theme asked for that a strings file lacks, on that language's file.</summary>
internal static class MissingUiString
{
    public static Action<Language, string> ReportTo(DiagnosticBag diagnostics, ContentSet content) =>
        (language, key) => diagnostics.Add(DiagnosticDescriptors.UiStringMissing, new SourceLocation(content.Strings[language].File, 1, 1), key);
}
