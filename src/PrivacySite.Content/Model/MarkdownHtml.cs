namespace PrivacySite.Content.Model;

/// <summary>
/// A page's HTML with a gap for the address of each link to another page: <see cref="Parts"/>[i]
/// is followed by the address of <see cref="PageLinks"/>[i], as the editor wrote it
/// ("policy.md#purpose"), and the last part ends the page. The render stage fills each gap with
/// the address for the language and base URL it builds.
/// </summary>
public sealed record MarkdownHtml(IReadOnlyList<string> Parts, IReadOnlyList<string> PageLinks);
