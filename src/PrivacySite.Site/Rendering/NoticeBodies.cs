using PrivacySite.Content.Model;

namespace PrivacySite.Site.Rendering;

/// <summary>
/// The main text of each notice page, without the page around it, by slug and language: rendered
/// once, before the checks, so the link check can read its anchors and the page renderer can wrap it.
/// </summary>
public sealed record NoticeBodies(IReadOnlyDictionary<(string Slug, Language Language), string> Html)
{
    /// <summary>For content that did not load cleanly, which is neither link-checked against the notice nor built.</summary>
    public static NoticeBodies None { get; } = new(new Dictionary<(string, Language), string>());

    public string this[string slug, Language language] => Html[(slug, language)];
}
