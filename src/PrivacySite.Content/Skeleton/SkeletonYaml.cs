using System.Reflection;
using System.Text;
using PrivacySite.Content.Loading;
using PrivacySite.Content.Model;

namespace PrivacySite.Content.Skeleton;

/// <summary>
/// A data file for a new society, written from the same <see cref="ModelShape"/> the loader binds with:
/// every required key, and in place of each fact a visible <see cref="Marker"/> with what to write there
/// (the field's <see cref="HelpAttribute"/>), which `check` reports as an error until it is replaced.
/// Optional keys are left out, but for what the guidelines recommend: a society adds what it really
/// publishes, and nothing is invented for it.
/// </summary>
public static class SkeletonYaml
{
    /// <summary>What marks a fact still to be written; no society's own text starts with it.</summary>
    public const string Marker = "TODO:";

    public static string For(Type root, string modeline)
    {
        var yaml = new StringBuilder(modeline).Append('\n');
        Record(yaml, root, 0);
        return yaml.ToString();
    }

    private static void Record(StringBuilder yaml, Type type, int indent)
    {
        var parameters = ModelShape.Constructor(type).GetParameters();
        // What the law requires, and what the guidelines recommend (the society deletes what does not apply).
        foreach (var field in ModelShape.Fields(type))
        {
            var parameter = parameters.Single(p => p.Name == field.Name);
            if (!field.Required && field.Recommended is null && parameter.GetCustomAttribute<InSkeletonAttribute>() is null)
            {
                continue;
            }

            var help = parameter.GetCustomAttribute<HelpAttribute>();
            if (type == typeof(SiteSettings) && field.Name == nameof(SiteSettings.Languages))
            {
                // The site's languages are the product's, not a fact to fill in.
                yaml.Append(new string(' ', indent)).Append(field.Key).Append(":\n")
                    .AppendJoin("", Languages.All.Select(l => new string(' ', indent) + "  - " + l.Code() + "\n"));
                continue;
            }

            Value(yaml, field.Key + ":", field.ElementType is null ? field.Type : null, field.ElementType, help, indent);
        }
    }

    /// <summary>Writes <paramref name="lead"/> ("key:" or "-") and the value of a field of <paramref name="type"/>, or a one-item list of <paramref name="element"/>.</summary>
    private static void Value(StringBuilder yaml, string lead, Type? type, Type? element, HelpAttribute? help, int indent)
    {
        var pad = new string(' ', indent);
        if (element is not null)
        {
            yaml.Append(pad).Append(lead).Append('\n');
            Value(yaml, "-", element, null, help, indent + 2);
        }
        else if (type == typeof(LocalizedText))
        {
            var (ja, en) = (help?.Japanese ?? "", help?.English ?? "");
            var inner = new string(' ', indent + 2);
            yaml.Append(pad).Append(lead).Append(lead == "-" ? " " : "\n" + inner)
                .Append("ja: ").Append(Quoted($"{Marker} {ja}")).Append('\n')
                .Append(inner).Append("en: ").Append(Quoted($"{Marker} {en}")).Append('\n');
        }
        else if (type is not null && type.IsEnum)
        {
            var names = Enum.GetNames(type).Select(YamlNaming.ToKey).ToList();
            yaml.Append(pad).Append(lead).Append(' ').Append(names[0])
                .Append("  # ").Append(Marker).Append(' ').Append(string.Join(" | ", names)).Append('\n');
        }
        else if (type == typeof(DateOnly))
        {
            // A date the loader can read, so every other blank is still checked; the marker beside it is the error.
            yaml.Append(pad).Append(lead).Append(" 2000-01-01  # ").Append(Marker).Append(" YYYY-MM-DD ").Append(help?.Japanese).Append(" / ").Append(help?.English).Append('\n');
        }
        else if (type is not null && ModelShape.IsRecord(type))
        {
            if (lead == "-")
            {
                // A list item that is a record: its first key goes on the dash's line.
                var item = new StringBuilder();
                Record(item, type, indent + 2);
                var text = item.ToString();
                yaml.Append(pad).Append("- ").Append(text.TrimStart(' '));
            }
            else
            {
                yaml.Append(pad).Append(lead).Append('\n');
                Record(yaml, type, indent + 2);
            }
        }
        else
        {
            yaml.Append(pad).Append(lead).Append(' ').Append(Quoted($"{Marker} {help?.Japanese} / {help?.English}")).Append('\n');
        }
    }

    private static string Quoted(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
