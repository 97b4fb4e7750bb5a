using PrivacySite.Content.Law;

namespace PrivacySite.Content.Model.Notice;

/// <summary>
/// A desk and the channels it really has, in the order the Society lists them, each with its own
/// details and optional hours: nothing a desk does not offer (a postal code for an e-mail-only desk,
/// hours for the post) is asked for or shown.
/// </summary>
public sealed record ContactPoint(
    [Help("窓口の名称です。", "The desk's name.")]
    LocalizedText Name,
    [Help("窓口に連絡する方法です（1つ以上）。方法ごとに、その連絡先と、必要なら受付時間を書きます。",
        "The ways to reach the desk (at least one), each with its own details and, if it has them, its hours.")]
    [RequiredByLaw(LegalItem.ComplaintContact)]
    IReadOnlyList<DeskChannel> Channels)
{
    /// <summary>True when the desk has this channel.</summary>
    public bool Offers(ApplicationChannel channel) => Channels.Any(c => c.Channel == channel);

}

/// <summary>
/// One channel of a desk and its details: an e-mail address (email), a number (phone, fax), a postal
/// code and address (post, in_person); online needs none. Which details each channel takes is checked
/// (PS0706, PS0707), so a detail of another channel is never silently dropped.
/// </summary>
public sealed record DeskChannel(
    [Help("方法です: online（このサイトのフォーム）、email、phone、fax、post、in_person（窓口へのご来訪）。",
        "The channel: online (this site's forms), email, phone, fax, post or in_person (a visit).")]
    ApplicationChannel Channel,
    [Help("電子メールアドレスです（email のとき必須）。", "The e-mail address (required for email).")]
    string? Email = null,
    [Help("電話番号です（phone のとき必須）。", "The phone number (required for phone).")]
    string? Phone = null,
    [Help("ファクス番号です（fax のとき必須）。", "The fax number (required for fax).")]
    string? Fax = null,
    [Help("郵便番号です（post のとき必須）。123-4567 の形で書きます。", "The postal code (required for post), written 123-4567.")]
    string? PostalCode = null,
    [Help("所在地・宛先です（post と in_person のとき必須）。", "The address (required for post and in_person).")]
    LocalizedText? Address = null,
    [Help("この方法の受付時間です（任意）。", "The hours of this channel (optional).")]
    LocalizedText? Hours = null,
    [Help("この方法についての注記です（任意）。", "A note on this channel (optional).")]
    LocalizedText? Note = null);
