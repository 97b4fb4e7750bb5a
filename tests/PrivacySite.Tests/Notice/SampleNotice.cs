using PrivacySite.Theme.ViewModels;

namespace PrivacySite.Tests.Notice;

/// <summary>The sample content as the build loads it, and its notice sections in order.</summary>
internal static class SampleNotice
{
    public static ContentSet Content => SampleContent.Content;

    public static IReadOnlyList<NoticeSection> Sections => NoticeSection.AllOf(Content);

    /// <summary>One row per section and language, for theories.</summary>
    public static TheoryData<string, Language> SectionsByLanguage()
    {
        var data = new TheoryData<string, Language>();
        foreach (var section in Sections)
        {
            foreach (var language in Languages.All)
            {
                data.Add(section.Slug, language);
            }
        }

        return data;
    }

    public static NoticeSection Section(string slug) => Sections.Single(s => s.Slug == slug);

    public static string PageFile(string slug, Language language) => language.PathPrefix() + slug + "/index.html";
}
