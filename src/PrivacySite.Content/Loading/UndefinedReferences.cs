using System.Text;
using System.Text.RegularExpressions;
using Markdig.Syntax.Inlines;
using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Model;

namespace PrivacySite.Content.Loading;

/// <summary>
/// Finds the reference links "[text][label]" and "[text][]" that Markdig left as plain text
/// because no "[label]: address" line defines the label: readers would see brackets where the
/// editor meant a link. Markdig keeps no link node for them, only the literal text and the
/// unmatched '[' it met, so this reads a paragraph's text as the page will show it.
/// </summary>
internal static partial class UndefinedReferences
{
    /// <summary>Stands for what is not plain text (code, a line break, an escaped bracket), so no reference is read across it.</summary>
    private const char Gap = '\uFFFF';

    [GeneratedRegex(@"\[(?<text>[^\[\]\n\uFFFF]+)\]\[(?<label>[^\[\]\n\uFFFF]*)\]")]
    private static partial Regex Reference();

    /// <param name="at">Where an offset in the Markdown body stands in the file.</param>
    public static void Find(ContainerInline paragraph, Func<int, SourceLocation> at, List<MarkdownUndefinedReference> found)
    {
        var text = new StringBuilder();
        var offsets = new List<int>();
        Flatten(paragraph, text, offsets);
        foreach (Match match in Reference().Matches(text.ToString()))
        {
            var label = match.Groups["label"].Value.Length == 0 ? match.Groups["text"].Value : match.Groups["label"].Value;
            found.Add(new MarkdownUndefinedReference(match.Value, label, at(offsets[match.Index])));
        }
    }

    /// <summary>The text as shown, with the body offset each character came from.</summary>
    private static void Flatten(ContainerInline container, StringBuilder text, List<int> offsets)
    {
        foreach (var child in container)
        {
            switch (child)
            {
                case LiteralInline { IsFirstCharacterEscaped: false } literal:
                    for (var i = 0; i < literal.Content.Length; i++)
                    {
                        text.Append(literal.Content[literal.Content.Start + i]);
                        offsets.Add(literal.Span.Start + i);
                    }

                    break;

                // An unmatched '[' stays in the tree as a container of what follows it.
                case LinkDelimiterInline { IsImage: false } bracket:
                    text.Append('[');
                    offsets.Add(bracket.Span.Start);
                    Flatten(bracket, text, offsets);
                    break;
                case ContainerInline inner:
                    Append(Gap, inner, text, offsets);
                    Flatten(inner, text, offsets);
                    Append(Gap, inner, text, offsets);
                    break;
                default:
                    Append(Gap, child, text, offsets);
                    break;
            }
        }
    }

    private static void Append(char c, Inline inline, StringBuilder text, List<int> offsets)
    {
        text.Append(c);
        offsets.Add(inline.Span.Start);
    }
}
