using PrivacySite.Site.Planning;
using PrivacySite.Theme.ViewModels;

namespace PrivacySite.Site.Rendering;

/// <summary>The start buttons a page opens with (<see cref="FormStarts"/>), in the page's language.</summary>
internal static class StartLinks
{
    public static IReadOnlyList<StartLink> For(SitePlan plan, string slug, PageFrame frame) =>
        [.. FormStarts.For(slug, plan.Content).Select(s => new StartLink(plan.Urls.Path(s.FormSlug, frame.Language), frame.Text[s.LabelKey]))];
}
