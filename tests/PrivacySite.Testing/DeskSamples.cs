using PrivacySite.Content.Model;
using PrivacySite.Forms.Model;

namespace PrivacySite.Testing;

/// <summary>Stored inquiries of the fictional society's members (no real people), at whatever step a test needs.</summary>
public static class DeskSamples
{
    public static readonly DateTimeOffset Received = new(2026, 11, 2, 1, 30, 0, TimeSpan.Zero);

    /// <summary>An inquiry received at <paramref name="receivedAt"/> that went through <paramref name="steps"/> (each a day apart).</summary>
    public static InquiryRecord Record(InquiryKind kind = InquiryKind.Request, DateTimeOffset? receivedAt = null, DateOnly? dueOn = null, params InquiryStatus[] steps)
    {
        var at = receivedAt ?? Received;
        var history = new List<HistoryEntry> { new(at, InquiryStatus.Received) };
        history.AddRange(steps.Select((s, i) => new HistoryEntry(at.AddDays(i + 1), s, s == InquiryStatus.Refused ? "本人確認ができませんでした" : null, "見本 一郎")));
        return new InquiryRecord(
            ReferenceNumber.New(kind),
            at,
            dueOn ?? DateOnly.FromDateTime(at.UtcDateTime).AddDays(20),
            history[^1].Status,
            Language.Ja,
            kind == InquiryKind.Request ? RequestValues() : ComplaintValues(),
            Guid.NewGuid().ToString("N"),
            history);
    }

    public static Dictionary<string, IReadOnlyList<string>> RequestValues() => new()
    {
        ["requester"] = ["self"],
        ["name"] = ["見本 太郎"],
        ["furigana"] = ["ミホン タロウ"],
        ["date_of_birth"] = ["1970-12-31"],
        ["postal_code"] = ["100-0001"],
        ["address"] = ["東京都千代田区見本町一丁目2番3号"],
        ["phone"] = ["0300000000"],
        ["email"] = ["taro@example.org"],
        ["contact_preference"] = ["post"],
        ["request_kinds"] = ["disclosure", "correction"],
        ["data_concerned"] = ["2023年度の健診結果\n2024年度の分も"],
        ["delivery_method"] = ["paper"],
        ["consent"] = ["yes"],
    };

    public static Dictionary<string, IReadOnlyList<string>> ComplaintValues() => new()
    {
        ["requester"] = ["self"],
        ["name"] = ["見本 花子"],
        ["furigana"] = ["ミホン ハナコ"],
        ["date_of_birth"] = ["1985-04-01"],
        ["postal_code"] = ["100-0001"],
        ["address"] = ["東京都千代田区見本町1-2-3"],
        ["phone"] = ["0300000000"],
        ["email"] = ["hanako@example.org"],
        ["contact_preference"] = ["email"],
        ["category"] = ["handling"],
        ["description"] = ["届いた通知の宛名が誤っていました。"],
        ["consent"] = ["yes"],
    };
}
