using PrivacySite.Content.Model.Notice;

namespace PrivacySite.Tests.Notice;

/// <summary>
/// The ids the notice's model declares (what the link check reads) are exactly the ids the built
/// pages carry in their text, on every notice page in both languages.
/// </summary>
public sealed class NoticeAnchorsTests(BuiltSiteFixture site) : IClassFixture<BuiltSiteFixture>
{
    public static TheoryData<string, Language> Pages()
    {
        var data = new TheoryData<string, Language>();
        foreach (var page in NoticeAnchors.Pages(SampleNotice.Content))
        {
            data.Add(page.Slug, page.Language);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void The_declared_ids_are_the_ids_in_the_page_text(string slug, Language language)
    {
        var declared = NoticeAnchors.Pages(SampleNotice.Content).Single(p => p.Slug == slug && p.Language == language);
        var text = site.Parse(SampleNotice.PageFile(slug, language)).QuerySelector(".prose")!;

        Assert.Equal(declared.Ids.Order(StringComparer.Ordinal), text.QuerySelectorAll("[id]").Select(e => e.Id!).Order(StringComparer.Ordinal));
    }
}
