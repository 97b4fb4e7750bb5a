using PrivacySite.Content.Model;
using PrivacySite.Site.Rendering;

namespace PrivacySite.Site;

/// <summary>What the checks hand the build: the content, and the notice's bodies they rendered to check links against.</summary>
public sealed record CheckedContent(ContentSet Content, NoticeBodies NoticeBodies);
