using PrivacySite.Content.Model;
using PrivacySite.Forms.Model;

namespace PrivacySite.Testing;

/// <summary>Valid submissions and stored records for the fictional society's members (no real people).</summary>
public static class Samples
{
    public static Dictionary<string, object> ComplaintJson(string? token = null)
    {
        var body = new Dictionary<string, object>
        {
            ["requester"] = "self",
            ["name"] = "見本 花子",
            ["furigana"] = "みほん はなこ",
            ["date_of_birth_year"] = "1985",
            ["date_of_birth_month"] = "4",
            ["date_of_birth_day"] = "1",
            ["postal_code"] = "100-0001",
            ["address_prefecture"] = "東京都",
            ["address_city"] = "千代田区",
            ["address_street"] = "見本町1-2-3",
            ["phone"] = "03-0000-0000",
            ["email"] = "hanako@example.org",
            ["contact_preference"] = "email",
            ["category"] = "handling",
            ["description"] = "届いた通知の宛名が誤っていました。",
            ["consent"] = true,
        };
        if (token is not null)
        {
            body["idempotency_token"] = token;
        }

        return body;
    }

    public static List<KeyValuePair<string, string>> RequestForm(string? token = null, string lang = "ja")
    {
        var form = new List<KeyValuePair<string, string>>
        {
            new("requester", "self"),
            new("name", "見本 太郎"),
            new("furigana", "ミホン タロウ"),
            new("date_of_birth_year", "１９７０"),
            new("date_of_birth_month", "１２"),
            new("date_of_birth_day", "３１"),
            new("postal_code", "１００ー０００１"),
            new("address_prefecture", "東京都"),
            new("address_city", "千代田区"),
            new("address_street", "見本町一丁目2番3号"),
            new("phone", "０３（００００）００００"),
            new("email", "taro@example.org"),
            new("contact_preference", "post"),
            new("request_kinds", "disclosure"),
            new("request_kinds", "correction"),
            new("data_concerned", "2023年度の健診結果"),
            new("delivery_method", "paper"),
            new("medical_fee_statements", "yes"),
            new("medical_institution", "見本クリニック"),
            new("treatment_months", "2024年4月〜6月"),
            new("consent", "yes"),
            new("lang", lang),
        };
        if (token is not null)
        {
            form.Add(new("idempotency_token", token));
        }

        return form;
    }

    public static string NewToken() => Guid.NewGuid().ToString("N");

    public static InquiryRecord Record(InquiryKind kind = InquiryKind.Complaint, string? key = null, DateTimeOffset? receivedAt = null, InquiryStatus status = InquiryStatus.Received)
    {
        var at = receivedAt ?? new DateTimeOffset(2025, 4, 1, 1, 2, 3, TimeSpan.Zero);
        return new InquiryRecord(
            ReferenceNumber.New(kind),
            at,
            DateOnly.FromDateTime(at.UtcDateTime).AddDays(14),
            status,
            Language.En,
            new Dictionary<string, IReadOnlyList<string>>
            {
                ["name"] = ["見本 花子"],
                ["request_kinds"] = ["disclosure", "correction"],
                ["description"] = ["一行目\n二行目 <b>そのまま</b>"],
            },
            key ?? Guid.NewGuid().ToString("N"),
            [new HistoryEntry(at, status)]);
    }
}
