namespace PrivacySite.Theme.ViewModels;

/// <summary>
/// The part of the accessibility statement the build writes: the conformance claim the results allow, a note
/// on what the results are (or that there are none for this version), and the table of results per page.
/// </summary>
public sealed record AccessibilityResultsView(string Title, string Claim, string? Note, AccessibilityResultsTable? Table);

public sealed record AccessibilityResultsTable(
    string TestedOnLabel,
    DateOnly TestedOn,
    string ToolsLabel,
    IReadOnlyList<string> Tools,
    string Caption,
    string PageColumn,
    string AxeColumn,
    string HtmlColumn,
    string ResultColumn,
    IReadOnlyList<AccessibilityResultRow> Rows);

public sealed record AccessibilityResultRow(string Path, string Href, int AxeViolations, int HtmlErrors, string Result);
