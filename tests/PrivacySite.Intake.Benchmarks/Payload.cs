namespace PrivacySite.Intake.Benchmarks;

/// <summary>A realistic complaint for the fictional society, with a fresh idempotency token each time so every one is stored.</summary>
internal static class Payload
{
    public static Dictionary<string, object> Complaint() => new()
    {
        ["requester"] = "self",
        ["name"] = "見本 花子",
        ["furigana"] = "みほん はなこ",
        ["date_of_birth_year"] = "１９８５",
        ["date_of_birth_month"] = "4",
        ["date_of_birth_day"] = "1",
        ["postal_code"] = "100-0001",
        ["address_prefecture"] = "東京都",
        ["address_city"] = "千代田区",
        ["address_street"] = "見本町1-2-3",
        ["address_building"] = "サンプルビル5階",
        ["phone"] = "03-0000-0000",
        ["email"] = "hanako@example.org",
        ["contact_preference"] = "email",
        ["category"] = "handling",
        ["description"] = Description,
        ["consent"] = true,
        ["idempotency_token"] = Guid.NewGuid().ToString("N"),
    };

    /// <summary>The stored JSON of a similar inquiry, so raw inserts carry a comparable row.</summary>
    public static string InquiryJson { get; } = System.Text.Json.JsonSerializer.Serialize(Complaint());

    private static readonly string Description = string.Concat(Enumerable.Repeat("届いた通知の宛名が誤っていました。確認をお願いします。", 8));
}
