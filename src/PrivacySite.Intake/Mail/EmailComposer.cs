using System.Globalization;
using System.Net;
using System.Text;
using PrivacySite.Content.Formats;
using PrivacySite.Content.Loading;
using PrivacySite.Content.Model;
using PrivacySite.Content.Model.Calendar;
using PrivacySite.Content.Model.Notice;
using PrivacySite.Forms.Emails;
using PrivacySite.Forms.Fields;
using PrivacySite.Inquiries.Model;
using PrivacySite.Inquiries.Outbox;
using PrivacySite.Intake.Hosting;

namespace PrivacySite.Intake.Mail;

/// <summary>
/// Fills an e-mail's words from content/emails/ with what it says of an inquiry: its reference, dates,
/// the desk, and for an acknowledged request the identity documents for the chosen kind of requester and
/// the fees of the chosen procedures (from notice/requests.yaml). It quotes nothing else the member
/// wrote; a reason or new due date comes from the desk, in the outbox message, and the status page's code is derived
/// again from its stored hash (<see cref="StatusCodeKeys.Recover"/>; the link to that page is the service's own configured address, <see cref="ServiceAddress"/>). The HTML part is the
/// same text, escaped, in paragraphs.
/// </summary>
public sealed class EmailComposer(ContentSet content, ServiceAddress address, StatusCodeKeys codes)
{
    private const string Bullet = "・";

    /// <exception cref="InvalidOperationException">Content has no words for the template (the start-up check prevents it).</exception>
    /// <exception cref="StatusCodeLostException">The acknowledgement's code cannot be derived again: the key it was made under is gone.</exception>
    public ComposedEmail Compose(OutboxMessage message, InquiryRecord inquiry)
    {
        var language = inquiry.Language;
        var words = content.Emails.Find(message.Template) ?? throw new InvalidOperationException($"content/emails has no e-mail '{message.Template}'");
        var values = Values(message, inquiry, language);
        var subject = EmailCatalog.Fill(words.Subject[language], values).ReplaceLineEndings(" ").Trim();
        var text = EmailCatalog.Fill(words.Body[language], values).ReplaceLineEndings("\n").TrimEnd() + "\n";
        return new ComposedEmail(language, subject, text, Html(text, language));
    }

    private Dictionary<string, string> Values(OutboxMessage message, InquiryRecord inquiry, Language language)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [EmailCatalog.Reference] = inquiry.Reference.Value,
            [EmailCatalog.Society] = content.Settings.Handler.Name[language],
            [EmailCatalog.ReceivedOn] = IsoDate.Write(JapanTime.DateOf(inquiry.ReceivedAt)),
            [EmailCatalog.DueOn] = IsoDate.Write(inquiry.DueOn),
            [EmailCatalog.Desk] = Desk(language),
            [EmailCatalog.StatusUrl] = address.StatusPage(language),
        };
        if (EmailCatalog.PlaceholdersOf(message.Template).Contains(EmailCatalog.StatusCode))
        {
            values[EmailCatalog.StatusCode] = (codes.Recover(inquiry.Reference, inquiry.StatusCodeHash)
                ?? throw new StatusCodeLostException()).Value;
        }

        if (message.Template == EmailCatalog.ReceivedRequest)
        {
            values[EmailCatalog.IdentityDocuments] = Lines(IdentityDocuments(inquiry).Select(d => d[language]));
            values[EmailCatalog.Fees] = Lines(Fees(inquiry, language));
        }

        foreach (var (name, value) in message.Values)
        {
            values[name] = value;
        }

        return values;
    }

    private IReadOnlyList<LocalizedText> IdentityDocuments(InquiryRecord inquiry) =>
        content.Notice.Requests.Identity.For(inquiry.Values.GetValueOrDefault(InquiryForms.Requester)?.FirstOrDefault());

    private IEnumerable<string> Fees(InquiryRecord inquiry, Language language)
    {
        var requests = content.Notice.Requests;
        var kinds = requests.Kinds.Append((InquiryForms.MedicalFeeStatements, requests.MedicalFeeStatements)).ToList();
        foreach (var key in InquiryForms.ProceduresAskedFor(inquiry.Values).Distinct())
        {
            // Only the fees the society states: nothing is said for a kind whose notice names none.
            if (kinds.FirstOrDefault(k => k.Item1 == key).Item2 is { Fee: { } fee } kind)
            {
                yield return $"{kind.Title[language]}: {Fee(fee, language)}";
            }
        }
    }

    private string Fee(Fee fee, Language language)
    {
        var strings = content.Strings[language].Values;
        var amount = fee.Yen switch
        {
            0 => strings["notice.requests.fee_free"],
            { } yen => string.Format(CultureInfo.InvariantCulture, strings["notice.requests.fee_yen"], yen.ToString("N0", CultureInfo.InvariantCulture)),
            null => null,
        };
        return string.Join(" ", new[] { amount, fee.Yen > 0 ? fee.Unit?[language] : null, fee.Note?[language] }.Where(p => !string.IsNullOrEmpty(p)));
    }

    /// <summary>The desk's name, then each channel it lists with its details and hours (online has none to quote).</summary>
    private string Desk(Language language)
    {
        var contact = content.Notice.Complaints.Contact;
        var strings = content.Strings[language].Values;
        var lines = new List<string> { contact.Name[language] };
        foreach (var channel in contact.Channels.Where(c => c.Channel != ApplicationChannel.Online))
        {
            var detail = channel.Channel switch
            {
                ApplicationChannel.Email => channel.Email,
                ApplicationChannel.Phone => channel.Phone,
                ApplicationChannel.Fax => channel.Fax,
                _ => language == Language.Ja && channel.PostalCode is { } code ? $"〒{code} {channel.Address?[language]}"
                    : string.Join(" ", new[] { channel.Address?[language], channel.PostalCode }.OfType<string>()),
            };
            var hours = channel.Hours is { } h ? $" ({strings["notice.contact.hours"]}: {h[language]})" : "";
            lines.Add($"{strings["notice.requests.channel." + YamlNaming.ToKey(channel.Channel.ToString())]}: {detail}{hours}");
        }

        return string.Join("\n", lines);
    }

    private static string Lines(IEnumerable<string> items) => string.Join("\n", items.Select(i => Bullet + i));

    private static string Html(string text, Language language)
    {
        var html = new StringBuilder();
        html.Append($"<!DOCTYPE html>\n<html lang=\"{language.Code()}\">\n<head><meta charset=\"utf-8\"></head>\n<body>\n");
        foreach (var paragraph in ComposedEmail.Paragraphs(text))
        {
            html.Append("<p>").Append(string.Join("<br>\n", paragraph.Select(WebUtility.HtmlEncode))).Append("</p>\n");
        }

        return html.Append("</body>\n</html>\n").ToString();
    }
}
