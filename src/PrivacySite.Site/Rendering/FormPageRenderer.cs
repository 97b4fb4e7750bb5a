using PrivacySite.Forms.Fields;
using PrivacySite.Forms.Text;
using PrivacySite.Forms.Views;
using PrivacySite.Site.Planning;
using PrivacySite.Theme.Pages;
using PrivacySite.Theme.Rendering;
using PrivacySite.Theme.ViewModels;
using PrivacySite.Theme.ViewModels.Forms;

namespace PrivacySite.Site.Rendering;

/// <summary>
/// Renders a form page: the form with its script, posting where <see cref="SitePlan.Forms"/> says,
/// or on a preview build with forms disabled, a notice saying so with the desk's details.
/// </summary>
internal sealed class FormPageRenderer(SitePlan plan, ComponentHtmlRenderer html)
{
    private readonly FormText _text = new(plan.Content.Forms);
    private readonly AskedForms _asked = AskedForms.From(plan.Content.Forms.Fields);

    public Task<string> RenderAsync(FormBody body, PageFrame frame)
    {
        var language = frame.Language;
        var pages = _text.Pages;
        if (plan.Forms.Disabled)
        {
            return html.RenderDocumentAsync<FormsDisabledPage>(new Dictionary<string, object?>
            {
                [nameof(FormsDisabledPage.Frame)] = frame,
                [nameof(FormsDisabledPage.Heading)] = frame.Title,
                [nameof(FormsDisabledPage.Message)] = pages.Disabled.In(language),
                [nameof(FormsDisabledPage.Desk)] = plan.Content.Notice.Complaints.Contact,
            });
        }

        var form = new FormViewFactory(_text, plan.Urls.Path, plan.Content.Notice.Requests.Identity).Build(_asked.For(body.Kind), language, plan.Forms.Action(body.Kind)) with
        {
            Script = new FormScript(
                plan.AssetHref("forms.js"),
                plan.Forms.ReceiptPrefix(language),
                pages.Sending[language],
                pages.Offline.In(language),
                pages.NoAnswer.In(language),
                pages.Unavailable.In(language),
                pages.TooManyRequests.In(language),
                plan.ServesPostcodes ? plan.PostcodesHref : null,
                pages.PostcodeFilled[language]),
        };
        return html.RenderDocumentAsync<FormPage>(new Dictionary<string, object?>
        {
            [nameof(FormPage.Frame)] = frame,
            [nameof(FormPage.Form)] = form,
        });
    }
}
