using PrivacySite.Content.Addresses;
using PrivacySite.Content.Model;
using PrivacySite.Content.Model.Forms;
using PrivacySite.Forms.Fields;
using PrivacySite.Forms.Model;
using PrivacySite.Forms.Routes;
using PrivacySite.Forms.Text;
using PrivacySite.Forms.Validation;
using PrivacySite.Forms.Views;
using PrivacySite.Inquiries.Intake;
using PrivacySite.Inquiries.Model;
using PrivacySite.Theme;
using PrivacySite.Theme.Layout;
using PrivacySite.Theme.Pages;
using PrivacySite.Theme.ViewModels;
using PrivacySite.Theme.ViewModels.Forms;

namespace PrivacySite.Intake.Responses;

/// <summary>
/// The HTML pages the service answers form posts with, drawn by the site's own theme and layout
/// (links and stylesheet point at the static site), with every word from content/forms.
/// </summary>
public sealed class IntakePages : IAsyncDisposable
{
    private readonly ContentSet _content;
    private readonly FrameFactory _frames;
    private readonly FormViewFactory _forms;
    private readonly AskedForms _asked;
    private readonly RendererPool _renderers = new();

    public IntakePages(ContentSet content, string? siteBaseUrl, AssetManifest assets)
    {
        _content = content;
        var urls = new SiteUrls(string.IsNullOrWhiteSpace(siteBaseUrl) ? content.Settings.BaseUrl : siteBaseUrl, absoluteLinks: true);
        _frames = new FrameFactory(content, urls, assets, SiteNavigation.Of(content), static (_, _) => { });
        Text = new FormText(content.Forms);
        _forms = new FormViewFactory(Text, urls.Path, content.Notice.Requests.Identity);
        _asked = AskedForms.From(content.Forms.Fields);
        SiteOrigin = urls.Origin;
    }

    public FormText Text { get; }

    /// <summary>The static site's origin, allowed by CORS and by the pages' CSP for the stylesheet.</summary>
    public string SiteOrigin { get; }

    /// <summary>The form again, with an error summary and everything typed kept.</summary>
    public Task<string> FormWithErrorsAsync(InquiryKind kind, Language language, string action, RawForm values, IReadOnlyList<FieldError> errors)
    {
        var form = _forms.Build(_asked.For(kind), language, action, values, errors);
        var frame = Frame(kind, language, Text.Pages.Error.TitlePrefix[language] + form.Heading);
        return _renderers.RenderAsync(r => r.RenderDocumentAsync<FormPage>(new Dictionary<string, object?>
        {
            [nameof(FormPage.Frame)] = frame,
            [nameof(FormPage.Form)] = form,
        }));
    }

    public Task<string> ReceiptAsync(ReferenceNumber reference, Language language, ReceiptFacts? facts)
    {
        var view = ReceiptViewFactory.Build(_content, reference.Kind, reference.Value, language, facts);

        // The language link shows this receipt in the other language; the address holds nothing but the reference.
        var frame = Frame(reference.Kind, language, view.Heading) with { SwitcherHref = IntakeRoutes.Receipt(reference.Value, language.Other()) };
        return _renderers.RenderAsync(r => r.RenderDocumentAsync<ReceiptPage>(new Dictionary<string, object?>
        {
            [nameof(ReceiptPage.Frame)] = frame,
            [nameof(ReceiptPage.Receipt)] = view,
        }));
    }

    /// <summary>The status page (its form, a problem, or the status found); its language link shows the empty form in the other language.</summary>
    public Task<string> StatusAsync(Language language, StatusView view, string otherLanguageHref)
    {
        var title = view.Result?.Heading ?? view.Form.Heading;
        var frame = Frame(InquiryKind.Request, language, view.Problem is null ? title : Text.Pages.Error.TitlePrefix[language] + title) with { SwitcherHref = otherLanguageHref };
        return _renderers.RenderAsync(r => r.RenderDocumentAsync<StatusPage>(new Dictionary<string, object?>
        {
            [nameof(StatusPage.Frame)] = frame,
            [nameof(StatusPage.Status)] = view,
        }));
    }

    public Task<string> MessageAsync(MessagePageText message, Language language, InquiryKind kind)
    {
        var frame = Frame(kind, language, message.Title[language]);
        return _renderers.RenderAsync(r => r.RenderDocumentAsync<MessagePage>(new Dictionary<string, object?>
        {
            [nameof(MessagePage.Frame)] = frame,
            [nameof(MessagePage.Message)] = message.In(language),
        }));
    }

    /// <summary>Renders one of the theme's pages whole (the desk's pages come through here, drawn like the service's others).</summary>
    internal Task<string> RenderAsync<TPage>(IDictionary<string, object?> parameters) where TPage : Microsoft.AspNetCore.Components.IComponent =>
        _renderers.RenderAsync(r => r.RenderDocumentAsync<TPage>(parameters));

    /// <summary>The site's frame around a desk page, whose language link is <paramref name="switcherHref"/> (the same desk page in the other language).</summary>
    internal PageFrame DeskFrame(Language language, string title, string switcherHref) =>
        _frames.For(SiteUrls.HomeSlug, language, title, null) with { SwitcherHref = switcherHref };

    /// <summary>The words of content/strings in one language.</summary>
    internal UiText Ui(Language language) => _frames.Text(language);

    // The frame of the form's page on the static site, so language links lead back to the form.
    private PageFrame Frame(InquiryKind kind, Language language, string title) =>
        _frames.For(kind.FormSlug(), language, title, null);

    public ValueTask DisposeAsync() => _renderers.DisposeAsync();
}
