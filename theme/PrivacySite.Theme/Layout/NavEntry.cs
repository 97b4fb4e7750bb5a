using PrivacySite.Content.Model;

namespace PrivacySite.Theme.Layout;

/// <summary>A page that asked for a place in the site menu: its slug, its position, and its label per language.</summary>
public sealed record NavEntry(string Slug, int Order, IReadOnlyDictionary<Language, string> Labels);
