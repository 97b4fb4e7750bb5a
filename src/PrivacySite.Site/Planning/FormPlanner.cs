using PrivacySite.Content.Model;
using PrivacySite.Inquiries.Model;
using PrivacySite.Inquiries.Text;

namespace PrivacySite.Site.Planning;

/// <summary>
/// Plans the two form pages in both languages: the request form under the request procedures
/// (/requests/form/) and the complaint form under the complaint desk (/complaints/form/).
/// </summary>
public static class FormPlanner
{
    public const string RequestFormSlug = "requests/form";

    public const string ComplaintFormSlug = "complaints/form";

    public static string SlugOf(InquiryKind kind) => kind == InquiryKind.Disclosure ? RequestFormSlug : ComplaintFormSlug;

    public static IEnumerable<PlannedPage> Pages(ContentSet content)
    {
        var text = new FormText(content.Forms);
        return
            from kind in InquiryKinds.All
            from language in Languages.All
            let title = text.Title(kind)
            select new PlannedPage(SlugOf(kind), language, title.Title[language], title.Intro?[language], new FormBody(kind));
    }
}
