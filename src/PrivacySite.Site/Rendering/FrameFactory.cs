using PrivacySite.Content.Model;
using PrivacySite.Site.Planning;
using PrivacySite.Theme.ViewModels;

namespace PrivacySite.Site.Rendering;

/// <summary>Builds the layout's <see cref="PageFrame"/> for a page: titles, alternates, switcher, navigation.</summary>
public sealed class FrameFactory(SitePlan plan, Action<Language, string> onMissingString)
{
    private readonly Dictionary<Language, UiText> _text = Languages.All.ToDictionary(
        l => l, l => new UiText(plan.Content.Strings[l], onMissingString));

    // Every page outside the menu shows the same menu, with no entry marked current: built once per language.
    private readonly Dictionary<Language, IReadOnlyList<NavLink>> _navElsewhere = Languages.All.ToDictionary(
        l => l, l => plan.NavFor(currentSlug: "", l));

    private readonly HashSet<string> _navSlugs = plan.Navigation.Select(n => n.Slug).ToHashSet(StringComparer.Ordinal);

    public UiText Text(Language language) => _text[language];

    public PageFrame For(string slug, Language language, string title, string? description)
    {
        var urls = plan.Urls;
        var settings = plan.Content.Settings;
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
            _navSlugs.Contains(slug) ? plan.NavFor(slug, language) : _navElsewhere[language],
            settings.Handler,
            plan.AssetHref("site.css"),
            plan.AssetHref("favicon.svg"),
            _text[language],
            plan.Content.Notice.Revisions.LastRevised);
    }
}
