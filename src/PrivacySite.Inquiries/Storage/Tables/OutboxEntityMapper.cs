using System.Text.Json;
using Azure.Data.Tables;
using PrivacySite.Inquiries.Model;
using PrivacySite.Inquiries.Outbox;
using static PrivacySite.Inquiries.Storage.Tables.InquiryEntityMapper;

namespace PrivacySite.Inquiries.Storage.Tables;

/// <summary>
/// Outbox messages as rows in their inquiry's partition (row key "outbox-" + id), so one entity group
/// transaction stores an inquiry's change with the messages it causes. The dispatcher finds them by
/// <see cref="TypeColumn"/>, state and the time of their next attempt.
/// </summary>
internal static class OutboxEntityMapper
{
    public const string OutboxType = "outbox";
    public const string StateColumn = "State";
    public const string NextAttemptColumn = "NextAttemptAt";
    public const string ReferenceColumn = "Reference";

    public static string Row(string id) => "outbox-" + id;

    public static TableEntity ToEntity(OutboxMessage message)
    {
        var entity = new TableEntity(Partition(message.Reference.Kind), Row(message.Id))
        {
            [TypeColumn] = OutboxType,
            [ReferenceColumn] = message.Reference.Value,
            ["Channel"] = message.Channel.Name(),
            ["Template"] = message.Template,
            ["Values"] = JsonSerializer.Serialize(message.Values),
            ["CreatedAt"] = message.CreatedAt,
            [StateColumn] = message.State.Name(),
            ["Attempts"] = message.Attempts,
            [NextAttemptColumn] = message.NextAttemptAt,
            ["LastResult"] = message.LastResult,
        };
        if (message.ETag is { } etag)
        {
            entity.ETag = new Azure.ETag(etag);
        }

        return entity;
    }

    public static OutboxMessage ToMessage(TableEntity entity) => new(
        entity.RowKey["outbox-".Length..],
        ReferenceNumber.Parse(entity.GetString(ReferenceColumn) ?? ""),
        Enum.GetValues<OutboxChannel>().Single(c => c.Name() == entity.GetString("Channel")),
        entity.GetString("Template") ?? "",
        JsonSerializer.Deserialize<Dictionary<string, string>>(entity.GetString("Values") ?? "{}")!,
        entity.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.MinValue,
        Enum.GetValues<OutboxState>().Single(s => s.Name() == entity.GetString(StateColumn)),
        entity.GetInt32("Attempts") ?? 0,
        entity.GetDateTimeOffset(NextAttemptColumn),
        entity.GetString("LastResult"),
        entity.ETag.ToString());
}
