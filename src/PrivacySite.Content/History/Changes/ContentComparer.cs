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
            var now = after.Notice.Part(kind.RootType);
            var page = now is FullNotice full ? full.Page : ((INoticeSection)now).Page;
            new ModelDiff(kind.RelativePath, TextPhrase.Of(page.Title), labels, changes)
                .Record(before.Notice.Part(kind.RootType), now, "", [], null);
        }

        changes.AddRange(PageChanges.Compare(before.Pages, after.Pages));
        return changes;
    }
}
