using PrivacySite.Content.Model;

namespace PrivacySite.Content.Validation;

/// <summary>Every record editors wrote, with its file: the YAML data files and each page's front matter.</summary>
internal static class ContentRecords
{
    public static IEnumerable<(string File, object Model)> All(ContentSet content) =>
        content.YamlFiles().Concat(content.Pages.Select(p => (p.File, (object)p.FrontMatter)));
}
