using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Formats;
using PrivacySite.Content.Model;
using PrivacySite.Forms.Model;
using PrivacySite.Inquiries.Model;

namespace PrivacySite.Intake.Notifications;

/// <summary>
/// The body posted to the webhook: <c>{"text": "…"}</c>, which both Teams and Slack incoming
/// webhooks accept. Japanese then English, since a channel has no one language; paragraphs are
/// apart by a blank line, which Teams needs to break the line.
/// </summary>
public static class WebhookMessage
{
    private static readonly Phrase Disclosure = new("request about personal data", "開示等の請求");
    private static readonly Phrase Complaint = new("complaint or question", "苦情・相談");
    private static readonly Phrase Received = new(
        "New {0}: {1}, due {2}. Details: privacysite inquiries show {1}",
        "新しい{0}を受け付けました。受付番号 {1}、回答期限 {2}。詳細: privacysite inquiries show {1}");

    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static string Text(NewInquiryNotice notice) => In(Language.Ja, notice) + "\n\n" + In(Language.En, notice);

    public static byte[] Json(NewInquiryNotice notice) => JsonSerializer.SerializeToUtf8Bytes(new { text = Text(notice) }, Options);

    private static string In(Language language, NewInquiryNotice notice) => string.Format(
        CultureInfo.InvariantCulture,
        Received.In(language),
        (notice.Kind == InquiryKind.Disclosure ? Disclosure : Complaint).In(language),
        notice.Reference.Value,
        IsoDate.Write(notice.DueOn));
}
