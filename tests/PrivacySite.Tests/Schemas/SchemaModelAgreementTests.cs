using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PrivacySite.Content.Loading;

namespace PrivacySite.Tests.Schemas;

/// <summary>
/// The committed JSON Schemas and the C# content model describe the same YAML: every record
/// parameter is a schema property with a matching type and required-ness, and every schema
/// property is a record parameter. Both sides are read here on their own (reflection over the
/// records' constructors, plain JSON over the files), not through the generator.
/// </summary>
public sealed partial class SchemaModelAgreementTests
{
    private static readonly NullabilityInfoContext Nullability = new();

    public static TheoryData<string, string> RootRecords()
    {
        var data = new TheoryData<string, string>();
        foreach (var kind in YamlFileKind.All)
        {
            data.Add(kind.RootType.AssemblyQualifiedName!, kind.SchemaFile);
        }

        data.Add(typeof(PageFrontMatter).AssemblyQualifiedName!, "schemas/page.schema.json");
        return data;
    }

    [Theory]
    [MemberData(nameof(RootRecords))]
    public void Schema_and_model_have_the_same_properties_types_and_required_fields(string typeName, string schemaFile)
    {
        var schema = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.SampleSociety, schemaFile)))!.AsObject();
        Assert.Equal("http://json-schema.org/draft-07/schema#", (string?)schema["$schema"]);
        CompareRecord(Type.GetType(typeName, throwOnError: true)!, schema, schema, schemaFile, []);
    }

    [Fact]
    public void Every_schema_property_tells_editors_what_it_is_for_in_Japanese_then_English()
    {
        var undescribed = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.SampleSociety, "schemas"), "*.schema.json"))
        {
            foreach (var (path, property) in Properties(JsonNode.Parse(File.ReadAllText(file))!, Path.GetFileName(file)))
            {
                var description = (string?)property["description"] ?? "";
                var lines = description.Split('\n');
                if (lines.Length != 2 || !lines[0].Any(c => c >= 0x3000) || !lines[1].Any(char.IsAsciiLetter))
                {
                    undescribed.Add(path);
                }
            }
        }

        // Add [Help("日本語", "English")] to the record parameter, then run the schemas command.
        Assert.True(undescribed.Count == 0, "no Japanese and English help:\n" + string.Join("\n", undescribed));
    }

    private static IEnumerable<(string Path, JsonObject Property)> Properties(JsonNode node, string path)
    {
        if (node is not JsonObject obj)
        {
            yield break;
        }

        foreach (var (name, child) in obj)
        {
            if (name == "properties" && child is JsonObject properties)
            {
                foreach (var (key, property) in properties)
                {
                    yield return ($"{path}.{key}", property!.AsObject());
                }
            }

            foreach (var found in Properties(child!, $"{path}.{name}"))
            {
                yield return found;
            }
        }
    }

    private static void CompareRecord(Type type, JsonObject node, JsonObject root, string where, HashSet<Type> seen)
    {
        if (!seen.Add(type))
        {
            return;
        }

        Assert.Equal("object", (string?)node["type"]);
        Assert.False((bool?)node["additionalProperties"] ?? true, $"{where}: unknown keys must be refused");

        var parameters = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First().GetParameters();
        var properties = node["properties"]!.AsObject();
        Assert.Equal(
            parameters.Select(p => SnakeCase(p.Name!)).Order(StringComparer.Ordinal),
            properties.Select(p => p.Key).Order(StringComparer.Ordinal));

        var required = (node["required"]?.AsArray() ?? []).Select(n => (string)n!).Order(StringComparer.Ordinal);
        Assert.Equal(parameters.Where(IsRequired).Select(p => SnakeCase(p.Name!)).Order(StringComparer.Ordinal), required);

        foreach (var parameter in parameters)
        {
            var key = SnakeCase(parameter.Name!);
            CompareValue(Unwrap(parameter.ParameterType), Resolve(properties[key]!.AsObject(), root), root, $"{where}.{key}", seen);
        }
    }

    private static void CompareValue(Type type, JsonObject node, JsonObject root, string where, HashSet<Type> seen)
    {
        if (type == typeof(string))
        {
            Assert.Equal("string", (string?)node["type"]);
        }
        else if (type == typeof(int))
        {
            Assert.Equal("integer", (string?)node["type"]);
        }
        else if (type == typeof(bool))
        {
            Assert.Equal("boolean", (string?)node["type"]);
        }
        else if (type == typeof(DateOnly))
        {
            Assert.Equal("date", (string?)node["format"]);
        }
        else if (type.IsEnum)
        {
            Assert.Equal(Enum.GetNames(type).Select(SnakeCase), node["enum"]!.AsArray().Select(n => (string)n!));
        }
        else if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            Assert.Equal("array", (string?)node["type"]);
            CompareValue(type.GetGenericArguments()[0], Resolve(node["items"]!.AsObject(), root), root, where + "[]", seen);
        }
        else
        {
            Assert.True(type.IsClass, $"{where}: {type.Name} has no schema counterpart");
            CompareRecord(type, node, root, where, seen);
        }
    }

    /// <summary>Follows "$ref" (directly or as the single "allOf" entry a description needs) into "definitions".</summary>
    private static JsonObject Resolve(JsonObject node, JsonObject root)
    {
        var reference = (string?)node["$ref"] ?? (string?)node["allOf"]?[0]?["$ref"];
        if (reference is null)
        {
            return node;
        }

        Assert.StartsWith("#/definitions/", reference, StringComparison.Ordinal);
        return root["definitions"]![reference["#/definitions/".Length..]]!.AsObject();
    }

    private static bool IsRequired(ParameterInfo parameter) =>
        !parameter.HasDefaultValue
        && Nullable.GetUnderlyingType(parameter.ParameterType) is null
        && (parameter.ParameterType.IsValueType || Nullability.Create(parameter).WriteState != NullabilityState.Nullable);

    private static Type Unwrap(Type type) => Nullable.GetUnderlyingType(type) ?? type;

    private static string SnakeCase(string name) => UpperCase().Replace(name, m => (m.Index == 0 ? "" : "_") + m.Value.ToLowerInvariant());

    [GeneratedRegex("[A-Z]")]
    private static partial Regex UpperCase();
}
