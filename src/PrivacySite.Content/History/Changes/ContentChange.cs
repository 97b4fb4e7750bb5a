using PrivacySite.Content.Diagnostics;

namespace PrivacySite.Content.History.Changes;

public enum ChangeKind
{
    Added,
    Removed,
    Reworded,
}

/// <summary>
/// One change to the content by what it means: a purpose added to a group, a fee changed, a
/// paragraph under a page's heading reworded. Plain data, in both languages.
/// </summary>
/// <param name="File">The content file it is in ("notice/purposes.yaml", "pages/policy.ja.md").</param>
/// <param name="Path">Where it is in the file's model ("categories[0].groups[1].purposes[2]"), as the source map keys it; for a page, "".</param>
/// <param name="Section">The notice section or page it belongs to, by its title.</param>
/// <param name="Where">The headings it stands under inside the section: a category and its group, a task, a joint use, a page's heading.</param>
/// <param name="Field">The key of what changed as the file writes it (fee, response_days, purposes), or null for a page's text.</param>
/// <param name="Before">What it said before (null when added).</param>
/// <param name="After">What it says now (null when removed).</param>
/// <param name="JapaneseChanged">False when only the English changed: the Japanese, which is the notice, says the same.</param>
public sealed record ContentChange(
    string File,
    string Path,
    Phrase Section,
    IReadOnlyList<Phrase> Where,
    string? Field,
    ChangeKind Kind,
    Phrase? Before,
    Phrase? After,
    bool JapaneseChanged);
