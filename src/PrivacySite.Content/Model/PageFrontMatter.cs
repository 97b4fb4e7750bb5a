namespace PrivacySite.Content.Model;

/// <summary>The YAML block at the top of a Markdown page.</summary>
public sealed record PageFrontMatter(
    string Title,
    string? Description = null,
    int? NavOrder = null);
