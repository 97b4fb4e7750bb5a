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
    private static readonly Phrase Request = new("request about personal data", "開示等の請求");
    private static readonly Phrase Complaint = new("complaint or question", "苦情・相談");
    private static readonly Phrase Received = new(
        "New {0}: {1}, due {2}. Details: privacysite inquiries show {1}",
        "新しい{0}を受け付けました。受付番号 {1}、回答期限 {2}。詳細: privacysite inquiries show {1}");

    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static string Text(NewInquiryAnnouncement announcement) => In(Language.Ja, announcement) + "\n\n" + In(Language.En, announcement);

    public static byte[] Json(NewInquiryAnnouncement announcement) => JsonSerializer.SerializeToUtf8Bytes(new { text = Text(announcement) }, Options);

    private static string In(Language language, NewInquiryAnnouncement announcement) => string.Format(
        CultureInfo.InvariantCulture,
        Received.In(language),
        (announcement.Kind == InquiryKind.Request ? Request : Complaint).In(language),
        announcement.Reference.Value,
        IsoDate.Write(announcement.DueOn));
}
