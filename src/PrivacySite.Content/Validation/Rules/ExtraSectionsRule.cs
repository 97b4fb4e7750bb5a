using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Model;
using PrivacySite.Content.Model.Notice;

namespace PrivacySite.Content.Validation.Rules;

/// <summary>
/// The sections notice.yaml adds (<c>extra_sections</c>): each has a name it can be published under, a place on the
/// full notice after a section this notice has, and, written in Markdown, a text in each language.
/// </summary>
internal sealed class ExtraSectionsRule : IContentRule
{
    private static readonly Phrase WriteText = new("write the section's text below the front matter", "front matter の下に節の本文を書いてください");

    public void Check(ContentSet content, DiagnosticBag diagnostics)
    {
        var declared = content.Notice.FullNotice.ExtraSections ?? [];
        var map = content.SourceMaps[NoticePages.All.Single(p => p.Slug == NoticePages.FullNoticeSlug).File];
        for (var i = 0; i < declared.Count; i++)
        {
            if (ExtraSectionNames.Problem(declared, i) is { } problem)
            {
                diagnostics.Add(DiagnosticDescriptors.ExtraSectionName, map[$"extra_sections[{i}].name"], declared[i].Name, problem);
            }
        }

        var places = NoticePages.SectionsOf(content.Notice).Select(s => s.Slug).Prepend(NoticePages.HandlerSlug).ToList();
        foreach (var extra in NoticePages.UnplacedOf(content.Notice))
        {
            // Only the first of several sections with one name is read, so the name finds its declaration.
            var index = declared.ToList().FindIndex(d => d.Name == extra.Slug);
            diagnostics.Add(DiagnosticDescriptors.ExtraSectionPlace, map[$"extra_sections[{index}].after"], extra.Declaration.After, extra.Slug,
                string.Join(", ", places.Where(p => p != extra.Slug)));
        }

        foreach (var section in content.Notice.Extras.Select(e => e.Section).OfType<MarkdownSection>())
        {
            foreach (var page in Languages.All.Select(l => section[l]).Where(p => string.IsNullOrWhiteSpace(p.Body)))
            {
                diagnostics.Add(DiagnosticDescriptors.ExtraSectionEmpty, new SourceLocation(page.File, page.BodyLine, 1), page.File, WriteText);
            }
        }
    }
}
