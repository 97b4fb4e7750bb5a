using PrivacySite.Content.Model;

namespace PrivacySite.Site.Rendering;

/// <summary>
/// The main text of each notice page, without the page around it, by slug and language: rendered
/// once, so the page renderer can read its outline and wrap it.
/// </summary>
public sealed record NoticeBodies(IReadOnlyDictionary<(string Slug, Language Language), string> Html)
{
    public string this[string slug, Language language] => Html[(slug, language)];
}
