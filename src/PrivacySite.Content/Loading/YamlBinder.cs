using System.Globalization;
using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Formats;
using PrivacySite.Content.Law;
using PrivacySite.Content.Model;
using YamlDotNet.RepresentationModel;

namespace PrivacySite.Content.Loading;

/// <summary>
/// Turns a parsed YAML node tree into content records, reporting every mistake it meets
/// (unknown keys with a suggestion, missing fields, wrong types) instead of stopping at the first.
/// </summary>
internal sealed class YamlBinder(SourceMap map, DiagnosticBag diagnostics)
{
    public T? Bind<T>(YamlNode node) where T : class => Bind(node, typeof(T), "") as T;

    public object? Bind(YamlNode node, Type type) => Bind(node, type, "");

    private object? Bind(YamlNode node, Type type, string path)
    {
        map.Set(path, (int)node.Start.Line, (int)node.Start.Column);
        if (IsNull(node))
        {
            return null;
        }

        if (type == typeof(string))
        {
            return node is YamlScalarNode s ? s.Value : Mismatch(path, Phrases.Text);
        }

        if (type == typeof(int))
        {
            return node is YamlScalarNode s && int.TryParse(s.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i)
                ? i : Mismatch(path, Phrases.WholeNumber);
        }

        if (type == typeof(bool))
        {
            return node is YamlScalarNode s && bool.TryParse(s.Value, out var b) ? b : Mismatch(path, Phrases.TrueOrFalse);
        }

        if (type == typeof(DateOnly))
        {
            if (node is YamlScalarNode s && DateOnly.TryParseExact(s.Value, IsoDate.Pattern, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                return d;
            }

            diagnostics.Add(DiagnosticDescriptors.InvalidDate, map[path], (node as YamlScalarNode)?.Value ?? path);
            return null;
        }

        if (type.IsEnum)
        {
            var names = Enum.GetNames(type).Select(YamlNaming.ToKey).ToArray();
            if (node is YamlScalarNode s && Array.IndexOf(names, s.Value) is var index and >= 0)
            {
                return Enum.GetValues(type).GetValue(index);
            }

            return Mismatch(path, Phrases.OneOf(names));
        }

        if (ModelShape.IsList(type, out var element))
        {
            return BindList(node, element, path);
        }

        return BindRecord(node, type, path);
    }

    private object? BindList(YamlNode node, Type element, string path)
    {
        if (node is not YamlSequenceNode sequence)
        {
            return Mismatch(path, Phrases.List);
        }

        var list = (System.Collections.IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!;
        var failed = false;
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var child = sequence.Children[i];
            var itemPath = $"{path}[{i}]";
            var value = Bind(child, element, itemPath);
            if (IsNull(child))
            {
                diagnostics.Add(DiagnosticDescriptors.EmptyValue, map[itemPath], itemPath);
            }

            if (value is null)
            {
                failed = true;
            }
            else
            {
                list.Add(value);
            }
        }

        return failed ? null : list;
    }

    private object? BindRecord(YamlNode node, Type type, string path)
    {
        if (node is not YamlMappingNode mapping)
        {
            return Mismatch(path, (type == typeof(LocalizedText) ? Phrases.JapaneseAndEnglish : Phrases.Group).WithExample(ShapeExample.At(path, type)));
        }

        var fields = ModelShape.Fields(type);
        var values = new Dictionary<string, YamlNode>(StringComparer.Ordinal);

        // A misspelt key is reported once, as unknown with a suggestion, not again as a missing field.
        var suggested = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (fields.Any(f => f.Key == key))
            {
                values[key] = valueNode;
                map.SetKey(SourceMap.Join(path, key), (int)keyNode.Start.Line, (int)keyNode.Start.Column);
                continue;
            }

            var childPath = SourceMap.Join(path, key);
            var renamed = fields.FirstOrDefault(f => f.FormerKey == key)?.Key;
            var suggestion = renamed ?? YamlNaming.Suggest(key, fields.Select(f => f.Key));
            map.Set(childPath, (int)keyNode.Start.Line, (int)keyNode.Start.Column);
            diagnostics.Add(DiagnosticDescriptors.UnknownKey, map[childPath], key,
                renamed is not null ? Phrases.RenamedTo(renamed)
                : suggestion is null ? Phrases.Allowed(fields.Select(f => f.Key)) : Phrases.DidYouMean(suggestion));
            if (suggestion is not null)
            {
                suggested.Add(suggestion);
            }
        }

        var constructor = ModelShape.Constructor(type);
        var parameters = constructor.GetParameters();
        var arguments = new object?[fields.Count];
        var complete = true;
        for (var i = 0; i < fields.Count; i++)
        {
            var field = fields[i];
            var childPath = SourceMap.Join(path, field.Key);
            var law = LegalItemReport.For(parameters[i]);
            object? value = null;
            if (values.TryGetValue(field.Key, out var valueNode))
            {
                value = Bind(valueNode, field.Type, childPath);

                // What the law requires must have content: an empty list publishes nothing.
                if (field.Required && (IsNull(valueNode) || value is string text && string.IsNullOrWhiteSpace(text)
                    || law is not null && value is System.Collections.ICollection { Count: 0 }))
                {
                    ReportMissing(law, DiagnosticDescriptors.EmptyValue, map[childPath], childPath);
                    complete = false;
                }

                // A value written but not understood (already reported) makes the record unusable,
                // so later checks do not report the same mistake again as something else.
                if (value is null && !IsNull(valueNode))
                {
                    complete = false;
                }
            }
            else if (field.Required && !suggested.Contains(field.Key))
            {
                ReportMissing(law, DiagnosticDescriptors.MissingField, map.KeyOf(path), childPath);
            }
            else if (!suggested.Contains(field.Key) && field.Recommended is { } recommended)
            {
                LegalItemReport.MissingRecommended(diagnostics, recommended, map.KeyOf(path), childPath);
            }

            if (value is null && field.Required)
            {
                complete = false;
            }

            arguments[i] = value ?? DefaultFor(parameters[i]);
        }

        return complete ? constructor.Invoke(arguments) : null;
    }

    private static object? DefaultFor(System.Reflection.ParameterInfo parameter) =>
        parameter.HasDefaultValue ? parameter.DefaultValue : null;

    private void ReportMissing(RequiredByLawAttribute? law, DiagnosticDescriptor otherwise, SourceLocation location, string path)
    {
        if (law is null)
        {
            diagnostics.Add(otherwise, location, Display(path));
        }
        else
        {
            LegalItemReport.MissingField(diagnostics, law.Item, location, path);
        }
    }

    private object? Mismatch(string path, Phrase expected)
    {
        diagnostics.Add(DiagnosticDescriptors.WrongType, map[path], Display(path), expected);
        return null;
    }

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: null or "" or "~" or "null" };

    private static string Display(string path) => path.Length == 0 ? "(file)" : path;
}
