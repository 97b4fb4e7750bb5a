using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Loading;
using PrivacySite.Content.Model;
using PrivacySite.Content.Model.Notice;

namespace PrivacySite.Content.History.Changes;

/// <summary>
/// Compares the content at two points by meaning: the notice's records field by field (lists
/// matched item by item, by their titles or texts), the handler in site.yaml, and each page's
/// text heading by heading. The words the site uses for a purpose's scope or a request channel
/// name them here too.
/// </summary>
public static class ContentComparer
{
    public static IReadOnlyList<ContentChange> Compare(ContentSet before, ContentSet after)
    {
        var changes = new List<ContentChange>();
        var labels = new EnumLabels(after);
        var handler = TextPhrase.Of(after.Notice.FullNotice.Handler.Title);
        new ModelDiff(ContentLoader.SiteFile, handler, labels, changes)
            .Record(before.Settings.Handler, after.Settings.Handler, YamlNaming.ToKey(nameof(SiteSettings.Handler)), [], null);

        foreach (var kind in YamlFileKind.All.Where(k => NoticePages.All.Any(p => p.File == k.RelativePath)))
        {
            // An optional section added or left out is recorded as a whole, under whichever title it has.
            var now = after.Notice.Find(kind.RootType);
            var then = before.Notice.Find(kind.RootType);
            var page = (now ?? then) switch
            {
                FullNotice full => full.Page,
                INoticeSection section => section.Page,
                _ => null,
            };
            if (page is not null)
            {
                new ModelDiff(kind.RelativePath, TextPhrase.Of(page.Title), labels, changes).Record(then, now, "", [], null);
            }
        }

        // A section the society added: in YAML compared field by field like the others, in Markdown heading by heading like a page.
        foreach (var file in before.Notice.Extras.Concat(after.Notice.Extras).Where(e => e.Section is ExtraSection).Select(e => e.File).Distinct(StringComparer.Ordinal))
        {
            var then = YamlExtra(before, file);
            var now = YamlExtra(after, file);
            new ModelDiff(file, TextPhrase.Of((now ?? then)!.Page.Title), labels, changes).Record(then, now, "", [], null);
        }

        changes.AddRange(PageChanges.Compare(before.Pages, after.Pages));
        changes.AddRange(PageChanges.Compare(MarkdownExtras(before), MarkdownExtras(after)));
        return changes;
    }

    private static ExtraSection? YamlExtra(ContentSet content, string file) =>
        content.Notice.Extras.FirstOrDefault(e => e.File == file)?.Section as ExtraSection;

    private static IReadOnlyList<MarkdownPage> MarkdownExtras(ContentSet content) =>
        [.. content.Notice.Extras.Select(e => e.Section).OfType<MarkdownSection>().SelectMany(s => Languages.All.Select(l => s[l]))];
}
