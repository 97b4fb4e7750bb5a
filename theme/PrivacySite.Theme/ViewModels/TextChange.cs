namespace PrivacySite.Theme.ViewModels;

/// <summary>One change between two versions of the notice, in the page's language: where it is, the text removed and the text added (either may be absent).</summary>
public sealed record TextChange(string Where, string? Removed, string? Added);
