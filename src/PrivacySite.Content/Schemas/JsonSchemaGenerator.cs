using System.Reflection;
using System.Text.Json.Nodes;
using PrivacySite.Content.Formats;
using PrivacySite.Content.Loading;
using PrivacySite.Content.Model;

namespace PrivacySite.Content.Schemas;

/// <summary>
/// Writes a draft-07 JSON Schema for a content record from the same <see cref="ModelShape"/> the
/// loader binds with: keys, required fields, types, formats, and each field's <see cref="HelpAttribute"/>.
/// </summary>
public static class JsonSchemaGenerator
{
    public const string Draft = "http://json-schema.org/draft-07/schema#";

    /// <summary>The schema of a YAML file whose top level is <paramref name="root"/>.</summary>
    public static JsonObject ForRecord(Type root, string title)
    {
        var definitions = new SortedDictionary<string, JsonObject>(StringComparer.Ordinal);
        var schema = new JsonObject { ["$schema"] = Draft, ["title"] = title };
        foreach (var (key, value) in RecordSchema(root, definitions))
        {
            schema[key] = value?.DeepClone();
        }

        if (definitions.Count > 0)
        {
            schema["definitions"] = new JsonObject(definitions.Select(d => KeyValuePair.Create(d.Key, (JsonNode?)d.Value)));
        }

        return schema;
    }

    /// <summary>The UI strings files: groups of groups whose leaves are non-empty texts, with any keys.</summary>
    public static JsonObject ForStrings(string title) => new()
    {
        ["$schema"] = Draft,
        ["title"] = title,
        ["description"] = Describe(typeof(UiStrings).GetCustomAttribute<HelpAttribute>()),
        ["type"] = "object",
        ["additionalProperties"] = new JsonObject { ["$ref"] = "#/definitions/entry" },
        ["definitions"] = new JsonObject
        {
            ["entry"] = new JsonObject
            {
                ["anyOf"] = new JsonArray(
                    new JsonObject { ["type"] = "string", ["minLength"] = 1 },
                    new JsonObject { ["type"] = "object", ["additionalProperties"] = new JsonObject { ["$ref"] = "#/definitions/entry" } }),
            },
        },
    };

    private static JsonObject RecordSchema(Type type, SortedDictionary<string, JsonObject> definitions)
    {
        var parameters = ModelShape.Constructor(type).GetParameters();
        var properties = new JsonObject();
        var required = new JsonArray();
        foreach (var field in ModelShape.Fields(type))
        {
            var help = parameters.Single(p => p.Name == field.Name).GetCustomAttribute<HelpAttribute>();
            var property = ValueSchema(field.Type, field.Required, FieldFormats.For(field.Key), definitions);
            if (help is not null)
            {
                // Draft 07 ignores keywords beside "$ref", so a described reference goes through "allOf".
                property = property.ContainsKey("$ref") ? new JsonObject { ["allOf"] = new JsonArray(property) } : property;
                property.Insert(0, "description", Describe(help));
            }

            properties[field.Key] = property;
            if (field.Required)
            {
                required.Add(field.Key);
            }
        }

        var schema = new JsonObject();
        if (type.GetCustomAttribute<HelpAttribute>() is { } typeHelp)
        {
            schema["description"] = Describe(typeHelp);
        }

        schema["type"] = "object";
        schema["properties"] = properties;
        if (required.Count > 0)
        {
            schema["required"] = required;
        }

        schema["additionalProperties"] = false;
        if (type == typeof(LocalizedText))
        {
            // Mirrors the translation check: English text, or an explicit untranslated mark.
            schema["anyOf"] = new JsonArray(
                new JsonObject { ["required"] = new JsonArray("en") },
                new JsonObject { ["required"] = new JsonArray("untranslated") });
        }

        return schema;
    }

    private static JsonObject ValueSchema(Type type, bool required, TextFormat? format, SortedDictionary<string, JsonObject> definitions)
    {
        if (type == typeof(string))
        {
            var text = new JsonObject { ["type"] = "string" };
            if (required)
            {
                text["minLength"] = 1;
            }

            if (format is { } f)
            {
                text["pattern"] = FieldFormats.SchemaPattern(f);
            }

            return text;
        }

        if (type == typeof(int))
        {
            return new JsonObject { ["type"] = "integer" };
        }

        if (type == typeof(bool))
        {
            return new JsonObject { ["type"] = "boolean" };
        }

        if (type == typeof(DateOnly))
        {
            return new JsonObject { ["type"] = "string", ["format"] = "date", ["pattern"] = @"^\d{4}-\d{2}-\d{2}$" };
        }

        if (type.IsEnum)
        {
            return new JsonObject
            {
                ["type"] = "string",
                ["enum"] = new JsonArray([.. Enum.GetNames(type).Select(n => (JsonNode)YamlNaming.ToKey(n))]),
            };
        }

        if (ModelShape.IsList(type, out var element))
        {
            return new JsonObject { ["type"] = "array", ["items"] = ValueSchema(element, false, null, definitions) };
        }

        if (!definitions.ContainsKey(type.Name))
        {
            definitions[type.Name] = []; // reserved first, so a record that contains itself terminates
            definitions[type.Name] = RecordSchema(type, definitions);
        }

        return new JsonObject { ["$ref"] = "#/definitions/" + type.Name };
    }

    /// <summary>Japanese first, as the editors read it; English below.</summary>
    private static string? Describe(HelpAttribute? help) => help is null ? null : $"{help.Japanese}\n{help.English}";
}
