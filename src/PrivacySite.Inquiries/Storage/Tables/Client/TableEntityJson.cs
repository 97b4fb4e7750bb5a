using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace PrivacySite.Inquiries.Storage.Tables.Client;

/// <summary>
/// Entities to and from the Table service's OData JSON: types the JSON cannot carry by itself
/// (dates, 64-bit integers) travel with an <c>@odata.type</c> annotation.
/// </summary>
internal static class TableEntityJson
{
    public static ReadOnlyMemory<byte> Serialize(TableEntity entity)
    {
        var buffer = new ArrayBufferWriter<byte>();
        Write(buffer, entity);
        return buffer.WrittenMemory;
    }

    /// <summary>An Edm.DateTime value as the service writes it, in UTC to the tick (also a filter literal's text).</summary>
    public static string DateTimeText(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    /// <summary>Writes the entity's JSON straight into <paramref name="output"/> (a transaction body writes several in a row).</summary>
    public static void Write(IBufferWriter<byte> output, TableEntity entity)
    {
        using (var json = new Utf8JsonWriter(output))
        {
            json.WriteStartObject();
            foreach (var (key, value) in entity)
            {
                switch (value)
                {
                    case null:
                        break;
                    case string s:
                        json.WriteString(key, s);
                        break;
                    case bool b:
                        json.WriteBoolean(key, b);
                        break;
                    case int i:
                        json.WriteNumber(key, i);
                        break;
                    case long l:
                        json.WriteString(key + "@odata.type", "Edm.Int64");
                        json.WriteString(key, l.ToString(CultureInfo.InvariantCulture));
                        break;
                    case double d:
                        json.WriteNumber(key, d);
                        break;
                    case DateTimeOffset d:
                        json.WriteString(key + "@odata.type", "Edm.DateTime");
                        json.WriteString(key, DateTimeText(d));
                        break;
                    default:
                        throw new NotSupportedException($"table property '{key}' has a type the client does not write: {value.GetType().Name}");
                }
            }

            json.WriteEndObject();
        }
    }

    public static TableEntity Deserialize(JsonElement element)
    {
        var entity = new TableEntity();
        foreach (var property in element.EnumerateObject())
        {
            var name = property.Name;
            if (name == "odata.etag")
            {
                entity.ETag = property.Value.GetString();
                continue;
            }

            if (name.Contains('@', StringComparison.Ordinal) || name.StartsWith("odata.", StringComparison.Ordinal))
            {
                continue;
            }

            var type = element.TryGetProperty(name + "@odata.type", out var t) ? t.GetString() : null;
            entity[name] = (type, property.Value.ValueKind) switch
            {
                ("Edm.DateTime", _) => DateTimeOffset.Parse(property.Value.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
                ("Edm.Int64", _) => long.Parse(property.Value.GetString()!, CultureInfo.InvariantCulture),
                (_, JsonValueKind.String) => property.Value.GetString(),
                (_, JsonValueKind.True or JsonValueKind.False) => property.Value.GetBoolean(),
                (_, JsonValueKind.Number) when property.Value.TryGetInt32(out var i) => i,
                (_, JsonValueKind.Number) => property.Value.GetDouble(),
                _ => null,
            };
        }

        return entity;
    }
}
