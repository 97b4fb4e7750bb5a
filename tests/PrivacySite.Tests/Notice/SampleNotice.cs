using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Loading;
using PrivacySite.Theme.ViewModels;

namespace PrivacySite.Tests.Notice;

/// <summary>The sample content as the build loads it, and its notice sections in order.</summary>
internal static class SampleNotice
{
    private static readonly Lazy<ContentSet> Loaded = new(() =>
    {
        var diagnostics = new DiagnosticBag();
        return ContentLoader.Load(RepoPaths.Content, diagnostics).Content
            ?? throw new InvalidOperationException(string.Join("\n", diagnostics.ToList().Select(d => d.Format())));
    });

    public static ContentSet Content => Loaded.Value;

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
