using System.Globalization;
using PrivacySite.Content.Model;
using PrivacySite.Content.Model.Notice;

namespace PrivacySite.Theme.ViewModels;

/// <summary>
/// What every notice section component shares on a page: the language and its UI words, the
/// desk requests go to, and the form pages' addresses (null on pages that show notice parts
/// but no section linking to a form, such as a receipt).
/// </summary>
public sealed record NoticeContext(
    Language Language,
    UiText Text,
    ContactPoint Desk,
    string? RequestFormHref,
    string? ComplaintFormHref)
{
    /// <summary>The HTML of a section written in Markdown, in this page's language, its links to pages filled in; null where no such section is shown.</summary>
    public Func<ParsedMarkdown, string>? Markdown { get; init; }

    /// <summary>A UI string with a "{0}" placeholder, filled in.</summary>
    public string Format(string key, object value) =>
        string.Format(CultureInfo.InvariantCulture, Text[key], value);
}
