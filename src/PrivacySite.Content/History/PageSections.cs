using PrivacySite.Content.Model;

namespace PrivacySite.Content.History;

/// <summary>The part of a Markdown page under one heading (or before the first), with the file lines it spans.</summary>
/// <param name="Heading">The heading's words, or null for the text before the first heading.</param>
/// <param name="FirstLine">The file line of the heading (or of the body's start).</param>
/// <param name="LastLine">The file line the part ends on.</param>
/// <param name="Text">The part's text below its heading, with runs of white space made one.</param>
public sealed record PageSection(string? Heading, int FirstLine, int LastLine, string Text);

/// <summary>Cuts a page's Markdown at its headings (# to ######, not inside fenced code), so its parts can be compared one by one.</summary>
public static class PageSections
{
    public static IReadOnlyList<PageSection> Of(MarkdownPage page)
    {
        var lines = page.Body.Split('\n');
        var sections = new List<PageSection>();
        string? heading = null;
        var start = 0;
        var fence = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var trimmed = lines[i].TrimStart();
            if (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal))
            {
                fence = !fence;
            }
            else if (!fence && HeadingText(trimmed) is { } next)
            {
                Add(sections, page, heading, start, i, lines);
                heading = next;
                start = i;
            }
        }

        Add(sections, page, heading, start, lines.Length, lines);
        return sections;
    }

    private static void Add(List<PageSection> sections, MarkdownPage page, string? heading, int start, int end, string[] lines)
    {
        var body = lines.Skip(heading is null ? start : start + 1).Take(end - start - (heading is null ? 0 : 1));
        var text = string.Join(' ', string.Join(' ', body).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (heading is null && text.Length == 0)
        {
            return;
        }

        sections.Add(new PageSection(heading, page.BodyLine + start, page.BodyLine + Math.Max(start, end - 1), text));
    }

    private static string? HeadingText(string line)
    {
        var level = line.TakeWhile(c => c == '#').Count();
        return level is >= 1 and <= 6 && line.Length > level && line[level] == ' ' ? line[level..].Trim().TrimEnd('#').Trim() : null;
    }
}
