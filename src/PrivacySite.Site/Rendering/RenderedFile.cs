namespace PrivacySite.Site.Rendering;

/// <summary>A rendered output file: its path relative to the output folder and its text.</summary>
public sealed record RenderedFile(string Path, string Text);
