using System.Collections;
using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Formats;
using PrivacySite.Content.Loading;
using PrivacySite.Content.Model;
using PrivacySite.Content.Model.Notice;

namespace PrivacySite.Content.History.Changes;

/// <summary>
/// Walks one file's old and new record side by side, field by field, and notes what was added,
/// removed or reworded. Items of a list are matched by what names them (a title, a task, a
/// scope, a text's Japanese), so a purpose added to a group is one addition, not a shifted list.
/// </summary>
internal sealed class ModelDiff(string file, Phrase section, EnumLabels labels, List<ContentChange> changes)
{
    /// <summary>The fields that name a record in its list, first found first.</summary>
    private static readonly string[] NamingFields = ["Title", "Task", "Partner", "Country", "Type", "Name", "Scope", "Channel", "Date"];

    public void Record(object? before, object? after, string path, IReadOnlyList<Phrase> where, string? field)
    {
        switch (before, after)
        {
            case (null, null):
                return;
            case (null, _):
                Add(ChangeKind.Added, path, where, field, null, Label(after), japaneseChanged: true);
                return;
            case (_, null):
                Add(ChangeKind.Removed, path, where, field, Label(before), null, japaneseChanged: true);
                return;
            case (LocalizedText old, LocalizedText now):
                if (old.Ja != now.Ja || old.En != now.En)
                {
                    Add(ChangeKind.Reworded, path, where, field, TextPhrase.Of(old), TextPhrase.Of(now), old.Ja != now.Ja);
                }

                return;
            case (IList old, IList now):
                Lists(old, now, path, where, field);
                return;
        }

        if (!ModelShape.IsRecord(after.GetType()))
        {
            if (!Equals(before, after))
            {
                Add(ChangeKind.Reworded, path, where, field, Label(before), Label(after), japaneseChanged: true);
            }

            return;
        }

        // A named record (a category, a task) heads what it holds; an unnamed one (a fee) prefixes its fields' keys ("fee.yen").
        var name = path.Length > 0 && after is not SectionPage ? Naming(after) : null;
        IReadOnlyList<Phrase> inner = name is { } n ? [.. where, n.Label] : where;
        var prefix = name is null && field is not null ? field + "." : "";
        foreach (var shape in ModelShape.Fields(after.GetType()))
        {
            var property = after.GetType().GetProperty(shape.Name)!;
            Record(property.GetValue(before), property.GetValue(after), SourceMap.Join(path, shape.Key), inner, prefix + shape.Key);
        }
    }

    private void Lists(IList before, IList after, string path, IReadOnlyList<Phrase> where, string? field)
    {
        var pairs = ListAlignment.Align(Keys(before), Keys(after));
        foreach (var (b, a) in pairs)
        {
            var index = a >= 0 ? a : b;
            Record(b >= 0 ? before[b] : null, a >= 0 ? after[a] : null, $"{path}[{index}]", where, field);
        }
    }

    private void Add(ChangeKind kind, string path, IReadOnlyList<Phrase> where, string? field, Phrase? before, Phrase? after, bool japaneseChanged) =>
        changes.Add(new ContentChange(file, path, section, where, field, kind, before, after, japaneseChanged));

    private List<string> Keys(IList items) =>
        [.. items.Cast<object>().Select((item, i) => item switch
        {
            LocalizedText text => text.Ja,
            _ when ModelShape.IsRecord(item.GetType()) => Naming(item)?.Key ?? "#" + i,
            _ => Label(item).English,
        })];

    /// <summary>What names a record in its list: its first naming field that has a value.</summary>
    private (string Key, Phrase Label)? Naming(object record)
    {
        var fields = ModelShape.Fields(record.GetType());
        foreach (var name in NamingFields.Where(n => fields.Any(f => f.Name == n)))
        {
            var value = record.GetType().GetProperty(name)!.GetValue(record);
            if (value is not null)
            {
                var label = Label(value);
                return (label.Japanese, label);
            }
        }

        return null;
    }

    /// <summary>How a value is named in a summary: a text by its words, a record by its name, a date or number as written.</summary>
    private Phrase Label(object value) => value switch
    {
        LocalizedText text => TextPhrase.Of(text),
        Enum e => labels.Of(e),
        DateOnly date => TextPhrase.Same(IsoDate.Write(date)),
        IFormattable number => TextPhrase.Same(number.ToString(null, System.Globalization.CultureInfo.InvariantCulture)),
        string text => TextPhrase.Same(text),
        _ when ModelShape.IsRecord(value.GetType()) => Naming(value)?.Label ?? FirstTexts(value),
        _ => TextPhrase.Same(value.ToString() ?? ""),
    };

    /// <summary>An unnamed record by its first two texts (a fee by its unit and postage note).</summary>
    private static Phrase FirstTexts(object record)
    {
        var texts = Validation.ModelWalker.Find<LocalizedText>(record).Select(t => TextPhrase.Of(t.Value)).Take(2).ToList();
        return new Phrase(string.Join(" / ", texts.Select(t => t.English)), string.Join(" / ", texts.Select(t => t.Japanese)));
    }
}
