using System.Security.Cryptography;
using PrivacySite.Inquiries.Model;

namespace PrivacySite.Inquiries.Outbox;

/// <summary>Where a message goes: the office's channel (webhook) or the member (e-mail).</summary>
public enum OutboxChannel
{
    Webhook,
    Email,
}

public static class OutboxNames
{
    /// <summary>The word the stores write and the logs show: "webhook", "email"; "pending", "gave-up"…</summary>
    public static string Name<T>(this T value) where T : struct, Enum => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());
}

public enum OutboxState
{
    /// <summary>Waiting to be sent, or being sent by the dispatcher that holds its lease (<see cref="OutboxMessage.NextAttemptAt"/>).</summary>
    Pending,

    Sent,

    /// <summary>Refused for good, or still failing after the last attempt: not tried again.</summary>
    GaveUp,

    /// <summary>Its inquiry was deleted before it went out.</summary>
    Dropped,
}

/// <summary>
/// A message to send about an inquiry, stored with the change that causes it (see
/// <see cref="Storage.IInquiryStore"/>) and sent later by the <see cref="OutboxDispatcher"/>. It holds
/// which message (<see cref="Template"/>) and the few values that are not in the inquiry (a reason, a new due date),
/// not the rendered text: the words come from content/ when it is sent. <see cref="Id"/> is random and
/// stays the same over every attempt, so a receiver can tell a repeat (at-least-once delivery).
/// </summary>
public sealed record OutboxMessage(
    string Id,
    ReferenceNumber Reference,
    OutboxChannel Channel,
    string Template,
    IReadOnlyDictionary<string, string> Values,
    DateTimeOffset CreatedAt,
    OutboxState State = OutboxState.Pending,
    int Attempts = 0,
    DateTimeOffset? NextAttemptAt = null,
    string? LastResult = null,
    string? ETag = null)
{
    public static OutboxMessage New(ReferenceNumber reference, OutboxChannel channel, string template, DateTimeOffset now, IReadOnlyDictionary<string, string>? values = null) =>
        new(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), reference, channel, template,
            values ?? new Dictionary<string, string>(StringComparer.Ordinal), now, NextAttemptAt: now);

    /// <summary>The message once it will not be sent again.</summary>
    public OutboxMessage Settled(OutboxState state) => this with { State = state, NextAttemptAt = null };

    /// <summary>When the dispatcher may (next) take it: pending and its time has come.</summary>
    public bool IsDue(DateTimeOffset now) => State == OutboxState.Pending && (NextAttemptAt ?? CreatedAt) <= now;
}
