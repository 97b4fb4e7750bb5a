using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Model;

namespace PrivacySite.Content.History.Changes;

/// <summary>The changes to editors' Markdown pages, by page and by heading: a page or a heading added or removed, the text under a heading reworded.</summary>
internal static class PageChanges
{
    /// <summary>How much of a reworded text a summary quotes.</summary>
    private const int Excerpt = 80;

    public static IEnumerable<ContentChange> Compare(IReadOnlyList<MarkdownPage> before, IReadOnlyList<MarkdownPage> after)
    {
        var old = before.ToDictionary(p => p.File, StringComparer.Ordinal);
        var now = after.ToDictionary(p => p.File, StringComparer.Ordinal);
        foreach (var file in old.Keys.Union(now.Keys).Order(StringComparer.Ordinal))
        {
            old.TryGetValue(file, out var b);
            now.TryGetValue(file, out var a);
            var title = TextPhrase.Same((a ?? b)!.FrontMatter.Title);
            if (b is null || a is null)
            {
                yield return new ContentChange(file, "", title, [], null, b is null ? ChangeKind.Added : ChangeKind.Removed,
                    b is null ? null : title, a is null ? null : title, (a ?? b)!.Language == Language.Ja);
                continue;
            }

            foreach (var change in Sections(file, title, a.Language == Language.Ja, PageSections.Of(b), PageSections.Of(a)))
            {
                yield return change;
            }
        }
    }

    private static IEnumerable<ContentChange> Sections(string file, Phrase title, bool japanese, IReadOnlyList<PageSection> before, IReadOnlyList<PageSection> after)
    {
        foreach (var (b, a) in ListAlignment.Align([.. before.Select(Key)], [.. after.Select(Key)]))
        {
            var old = b >= 0 ? before[b] : null;
            var now = a >= 0 ? after[a] : null;
            var heading = TextPhrase.Same((now ?? old)!.Heading ?? "");
            IReadOnlyList<Phrase> where = (now ?? old)!.Heading is null ? [] : [heading];
            if (old is null || now is null)
            {
                yield return new ContentChange(file, "", title, [], null, old is null ? ChangeKind.Added : ChangeKind.Removed,
                    old is null ? null : heading, now is null ? null : heading, japanese);
            }
            else if (old.Heading != now.Heading || old.Text != now.Text)
            {
                yield return new ContentChange(file, "", title, where, null, ChangeKind.Reworded,
                    TextPhrase.Same(Shorten((old.Heading is null ? "" : old.Heading + ": ") + old.Text)),
                    TextPhrase.Same(Shorten((now.Heading is null ? "" : now.Heading + ": ") + now.Text)), japanese);
            }
        }
    }

    private static string Key(PageSection section) => section.Heading ?? "";

    private static string Shorten(string text) => text.Length <= Excerpt ? text : text[..Excerpt] + "…";
}
