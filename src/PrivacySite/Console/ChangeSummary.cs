using System.Text;
using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.History.Changes;
using PrivacySite.Content.Model;
using PrivacySite.Content.Model.Notice;
using PrivacySite.Content.Formats;

namespace PrivacySite.Cli.Console;

/// <summary>
/// Writes the changes as Markdown for a pull request's job summary and comment: Japanese, then
/// English, each grouped by notice section or page, then whether the change needs a revision.
/// </summary>
internal static class ChangeSummary
{
    public static string Write(string baseName, IReadOnlyList<ContentChange> changes, IReadOnlyList<Revision> newRevisions)
    {
        var text = new StringBuilder();
        foreach (var language in new[] { Language.Ja, Language.En })
        {
            Write(text, language, baseName, changes, newRevisions);
        }

        return text.ToString();
    }

    private static void Write(StringBuilder text, Language language, string baseName, IReadOnlyList<ContentChange> changes, IReadOnlyList<Revision> newRevisions)
    {
        text.Append("## ").AppendLine(DiffText.Title.Format(baseName).In(language)).AppendLine();
        if (changes.Count == 0)
        {
            text.AppendLine(DiffText.NoChanges.In(language)).AppendLine();
            return;
        }

        foreach (var file in changes.GroupBy(c => c.File))
        {
            text.Append("### ").Append(Escape(file.First().Section.In(language))).Append(" (`").Append(file.Key).AppendLine("`)").AppendLine();
            foreach (var change in file)
            {
                text.Append("- ").AppendLine(Line(change, language));
            }

            text.AppendLine();
        }

        var revision = newRevisions.Count > 0
            ? DiffText.RevisionAdded.Format(string.Join(", ", newRevisions.Select(r => IsoDate.Write(r.Date))))
            : changes.Any(RevisionTriggers.NeedsRevision) ? DiffText.RevisionNeeded : DiffText.NoRevisionNeeded;
        text.AppendLine(revision.In(language)).AppendLine();
    }

    private static string Line(ContentChange change, Language language)
    {
        var kind = change.Kind switch
        {
            ChangeKind.Added => DiffText.Added,
            ChangeKind.Removed => DiffText.Removed,
            _ when !change.JapaneseChanged => DiffText.EnglishOnly,
            _ => DiffText.Reworded,
        };
        var where = string.Join(" › ", change.Where.Select(w => Escape(w.In(language))).Concat(change.Field is { } f ? [$"`{f}`"] : []));
        // A change of the English alone is quoted in English in both lists: the Japanese reads the same before and after.
        var text = change.JapaneseChanged ? language : Language.En;
        var values = (change.Before, change.After) switch
        {
            ({ } before, { } after) => $"{Quote(before, language, text)} → {Quote(after, language, text)}",
            (null, { } after) => Quote(after, language, text),
            ({ } before, null) => Quote(before, language, text),
            _ => "",
        };
        return $"**{kind.In(language)}**{(where.Length > 0 ? " " + where : "")}: {values}";
    }

    /// <param name="language">The list's language, which decides the quotation marks.</param>
    /// <param name="text">The language of the text quoted.</param>
    private static string Quote(Phrase value, Language language, Language text) =>
        language == Language.Ja ? $"「{Escape(value.In(text))}」" : $"“{Escape(value.In(text))}”";

    /// <summary>Text shown as written: Markdown's marks and HTML are escaped, line breaks become spaces.</summary>
    private static string Escape(string value)
    {
        var text = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (c is '\n' or '\r')
            {
                text.Append(' ');
                continue;
            }

            if ("\\`*_[]<>|~&".Contains(c))
            {
                text.Append('\\');
            }

            text.Append(c);
        }

        return text.ToString();
    }
}
