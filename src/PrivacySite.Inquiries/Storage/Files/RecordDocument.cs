using System.Text.Json;
using System.Text.Json.Nodes;
using PrivacySite.Inquiries.Model;
using PrivacySite.Inquiries.Outbox;

namespace PrivacySite.Inquiries.Storage.Files;

/// <summary>
/// One inquiry's file: the record's JSON with its outbox messages under <c>outbox</c>, so a change and
/// the messages it causes are one atomic write. A file written before the outbox existed reads with none.
/// </summary>
internal sealed record RecordDocument(InquiryRecord Record, IReadOnlyList<OutboxMessage> Outbox)
{
    private const string OutboxProperty = "outbox";

    public byte[] ToBytes()
    {
        var node = JsonSerializer.SerializeToNode(Record, InquiryJson.Options)!.AsObject();
        node[OutboxProperty] = JsonSerializer.SerializeToNode(Outbox, InquiryJson.Options);
        return JsonSerializer.SerializeToUtf8Bytes(node, InquiryJson.Options);
    }

    public static RecordDocument Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var node = JsonNode.Parse(bytes)!.AsObject();
        var outbox = node[OutboxProperty]?.Deserialize<OutboxMessage[]>(InquiryJson.Options) ?? [];
        node.Remove(OutboxProperty);
        return new RecordDocument(node.Deserialize<InquiryRecord>(InquiryJson.Options)!, outbox);
    }

    /// <summary>The document with <paramref name="message"/> in place of the message with its id.</summary>
    public RecordDocument With(OutboxMessage message) => this with { Outbox = [.. Outbox.Select(m => m.Id == message.Id ? message : m)] };
}
