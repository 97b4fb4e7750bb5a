using PrivacySite.Testing;

namespace PrivacySite.Intake.Benchmarks;

/// <summary>
/// The tests' sample complaint made heavier (full-width digits to normalise, a building, a longer
/// description), with a fresh idempotency token each time so every one is stored.
/// </summary>
internal static class Payload
{
    private static readonly string Description = string.Concat(Enumerable.Repeat("届いた通知の宛名が誤っていました。確認をお願いします。", 8));

    public static Dictionary<string, object> Complaint()
    {
        var body = Samples.ComplaintJson(Guid.NewGuid().ToString("N"));
        body["date_of_birth_year"] = "１９８５";
        body["address_building"] = "サンプルビル5階";
        body["description"] = Description;
        return body;
    }

    /// <summary>The stored JSON of a similar inquiry, so raw inserts carry a comparable row.</summary>
    public static string InquiryJson { get; } = System.Text.Json.JsonSerializer.Serialize(Complaint());
}
