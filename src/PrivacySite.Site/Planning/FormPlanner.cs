using PrivacySite.Content.Model;
using PrivacySite.Content.Model.Forms;
using PrivacySite.Forms.Model;
using PrivacySite.Forms.Text;

namespace PrivacySite.Site.Planning;

/// <summary>
/// Plans the two form pages in both languages, at the <see cref="FormAddresses"/>: the request
/// form (disclosure) and the complaint form; none when the desk does not offer the online channel.
/// </summary>
public static class FormPlanner
{
    public static IEnumerable<PlannedPage> Pages(ContentSet content)
    {
        var text = new FormText(content.Forms);
        return
            from kind in FormAddresses.Offered(content) ? InquiryKinds.All : []
            from language in Languages.All
            let title = text.Title(kind)
            select new PlannedPage(kind.FormSlug(), language, title.Title[language], title.Intro?[language], new FormBody(kind));
    }
}
