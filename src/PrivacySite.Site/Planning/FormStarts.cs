using PrivacySite.Content.Addresses;
using PrivacySite.Content.Model;
using PrivacySite.Content.Model.Forms;
using PrivacySite.Content.Model.Notice;

namespace PrivacySite.Site.Planning;

/// <summary>
/// Which pages open with a start button to which form (GOV.UK's start-page pattern): the home page to
/// both, the request procedures to the request form, the complaint desk to the complaint form; none when
/// the desk does not offer the online channel. The request form is offered only when the notice also
/// lists applying online among the ways to apply, as the procedures' own link is. A preview built with its forms disabled keeps the buttons, like every other
/// link to the forms: they lead to the form page, which says the forms are off and where to write instead.
/// </summary>
public static class FormStarts
{
    /// <summary>A form to start, and the UI string (content/strings) that names its button.</summary>
    public sealed record Start(string FormSlug, string LabelKey);

    private static readonly Start Request = new(FormAddresses.RequestForm, "start.request_form");

    private static readonly Start Complaint = new(FormAddresses.ComplaintForm, "start.complaint_form");

    public static IReadOnlyList<Start> For(string slug, ContentSet content)
    {
        if (!FormAddresses.Offered(content))
        {
            return [];
        }

        var request = content.Notice.Requests.HowToApply.Methods.Any(m => m.Channel == ApplicationChannel.Online) ? Request : null;
        IEnumerable<Start?> starts = slug switch
        {
            SiteUrls.HomeSlug => [request, Complaint],
            _ when slug == NoticePages.SlugOf<RequestProcedures>() => [request],
            _ when slug == NoticePages.SlugOf<ComplaintHandling>() => [Complaint],
            _ => [],
        };
        return [.. starts.OfType<Start>()];
    }
}
