using System.Text.Json;
using System.Text.Json.Serialization;
using PrivacySite.Inquiries.Model;

namespace PrivacySite.Inquiries.Storage;

/// <summary>Writes a reference number as its text, "D-7KQ4-M9TX".</summary>
internal sealed class ReferenceNumberJsonConverter : JsonConverter<ReferenceNumber>
{
    public override ReferenceNumber Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ReferenceNumber.Parse(reader.GetString() ?? "");

    public override void Write(Utf8JsonWriter writer, ReferenceNumber value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Value);
}
