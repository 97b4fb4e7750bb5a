using System.Text.RegularExpressions;
using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Loading;

namespace PrivacySite.Content.Validation.Rules;

/// <summary>
/// Texts in YAML files and front matter are shown as written, not read as Markdown, so a link
/// typed there would appear with its brackets and parentheses on the page.
/// </summary>
internal sealed partial class PlainTextLinkRule : RecordRule
{
    [GeneratedRegex(@"\[[^\]\n]+\]\([^)\s]+\)")]
    private static partial Regex MarkdownLink();

    public override void Check(object model, SourceMap map, DiagnosticBag diagnostics)
    {
        foreach (var (path, text) in ModelWalker.Find<string>(model))
        {
            if (MarkdownLink().Match(text) is { Success: true } link)
            {
                diagnostics.Add(DiagnosticDescriptors.LinkInPlainText, map[path], link.Value);
            }
        }
    }
}
