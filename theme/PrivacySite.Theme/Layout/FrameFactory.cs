using PrivacySite.Content.Addresses;
using PrivacySite.Content.Model;
using PrivacySite.Theme.ViewModels;

namespace PrivacySite.Theme.Layout;

/// <summary>Builds the layout's <see cref="PageFrame"/> for a page: titles, alternates, switcher, navigation.</summary>
/// <param name="navigation">The menu, in order (<see cref="SiteNavigation"/>).</param>
public sealed class FrameFactory(ContentSet content, SiteUrls urls, AssetManifest assets, IReadOnlyList<NavEntry> navigation, Action<Language, string> onMissingString)
{
    private readonly Dictionary<Language, UiText> _text = Languages.All.ToDictionary(
        l => l, l => new UiText(content.Strings[l], onMissingString));

    // Every page outside the menu shows the same menu, with no entry marked current: built once per language.
    private readonly Dictionary<Language, IReadOnlyList<NavLink>> _navElsewhere = Languages.All.ToDictionary(
        l => l, l => NavFor(navigation, urls, currentSlug: "", l));

    private readonly HashSet<string> _navSlugs = navigation.Select(n => n.Slug).ToHashSet(StringComparer.Ordinal);

    public UiText Text(Language language) => _text[language];

    public PageFrame For(string slug, Language language, string title, string? description)
    {
        var settings = content.Settings;
        IReadOnlyList<AlternateLink> alternates =
        [
            .. Languages.All.Select(l => new AlternateLink(l.Code(), urls.Absolute(slug, l))),
            new AlternateLink("x-default", urls.Absolute(slug, Languages.Default)),
        ];

        return new PageFrame(
            language,
            title,
            description,
            settings.Handler.Name[language],
            urls.Path(SiteUrls.HomeSlug, language),
            urls.Absolute(slug, language),
            alternates,
            urls.Path(slug, language.Other()),
            _navSlugs.Contains(slug) ? NavFor(navigation, urls, slug, language) : _navElsewhere[language],
            settings.Handler,
            urls.Asset(assets["site.css"]),
            urls.Asset(assets["favicon.svg"]),
            _text[language],
            content.Notice.Revisions.LastRevised,
            content.Notice.Revisions.Enacted);
    }

    private static IReadOnlyList<NavLink> NavFor(IReadOnlyList<NavEntry> navigation, SiteUrls urls, string currentSlug, Language language) =>
        [.. navigation.Select(n => new NavLink(urls.Path(n.Slug, language), n.Labels[language], n.Slug == currentSlug))];
}
