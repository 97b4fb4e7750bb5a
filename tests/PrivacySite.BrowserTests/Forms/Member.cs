using PrivacySite.Forms.Model;

namespace PrivacySite.BrowserTests.Forms;

/// <summary>
/// A fictional member of the society and what they type, in the page's language. <paramref name="Tag"/>
/// goes into the free text, so each run's submission is its own even without an idempotency token.
/// </summary>
public sealed record Member(Language Language, string Tag)
{
    public string Name => Language == Language.Ja ? "見本 花子" : "Hanako Mihon";

    /// <summary>Typed in hiragana; the service stores katakana.</summary>
    public string Furigana => "みほん はなこ";

    public string StoredFurigana => "ミホン ハナコ";

    public (string Prefecture, string City, string Street) Address => Language == Language.Ja
        ? ("東京都", "千代田区", "見本町4-5-6")
        : ("Tokyo", "Chiyoda-ku", "4-5-6 Mihon-cho");

    public string StoredAddress => $"{Address.Prefecture} {Address.City} {Address.Street}";

    public string Email => "hanako@example.org";

    public string Description => (Language == Language.Ja ? "届いた通知の宛名が誤っていました。" : "A letter reached me under the wrong name. ") + Tag;

    /// <summary>The text inputs of a valid submission by the member themself, by input name.</summary>
    public IReadOnlyList<(string Input, string Value)> TextInputs(InquiryKind kind) =>
    [
        ("name", Name),
        ("furigana", Furigana),
        ("date_of_birth_year", "1985"),
        ("date_of_birth_month", "4"),
        ("date_of_birth_day", "1"),
        ("postal_code", "100-0001"),
        ("address_prefecture", Address.Prefecture),
        ("address_city", Address.City),
        ("address_street", Address.Street),
        ("phone", "03-0000-0000"),
        ("email", Email),
        (kind == InquiryKind.Complaint ? "description" : "data_concerned", Description),
    ];

    /// <summary>The choices of a valid submission, as the ids of the radios and checkboxes to tick, in page order.</summary>
    public static IReadOnlyList<string> Choices(InquiryKind kind) => kind == InquiryKind.Complaint
        ? ["requester-self", "contact_preference-email", "category-handling", "consent-yes"]
        : ["requester-self", "contact_preference-post", "request_kinds-disclosure", "request_kinds-correction", "delivery_method-paper", "medical_fee_statements-yes", "consent-yes"];

    /// <summary>The fields a disclosure of medical fee statements adds once its box is ticked.</summary>
    public static IReadOnlyList<(string Input, string Value)> StatementInputs => [("medical_institution", "見本クリニック"), ("treatment_months", "2024-04")];

    /// <summary>Fills the whole form with the mouse and keyboard as Playwright does (clicks and typing).</summary>
    public async Task FillAsync(IPage page, InquiryKind kind)
    {
        foreach (var id in Choices(kind))
        {
            await page.CheckAsync("#" + id);
        }

        foreach (var (input, value) in TextInputs(kind).Concat(kind == InquiryKind.Request ? StatementInputs : []))
        {
            await page.FillAsync("#" + input, value);
        }
    }
}
