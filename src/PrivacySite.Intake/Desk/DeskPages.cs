using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using PrivacySite.Content.Model;
using PrivacySite.Forms.Model;
using PrivacySite.Inquiries.Model;
using PrivacySite.Intake.Responses;
using PrivacySite.Theme.Pages.Desk;
using PrivacySite.Theme.ViewModels;
using PrivacySite.Theme.ViewModels.Desk;

namespace PrivacySite.Intake.Desk;

/// <summary>
/// Draws the desk's pages with the theme's components: the chrome (who is signed in, the menu, sign-out with
/// its antiforgery token), the names of statuses and kinds in the page's language, and the message pages.
/// </summary>
internal sealed class DeskPages(IntakePages pages, IAntiforgery antiforgery)
{
    public const string Html = "text/html; charset=utf-8";

    public UiText Ui(Language language) => pages.Ui(language);

    public string StatusName(InquiryStatus status, Language language) => Ui(language)["desk.status." + status.Name().Replace('-', '_')];

    public string KindName(InquiryKind kind, Language language) => Ui(language)["desk." + "kind." + kind.Slug()];

    /// <summary>The antiforgery token of this session, for a form's hidden field (its cookie is set with the page).</summary>
    public AntiforgeryField Token(HttpContext context)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        return new AntiforgeryField(tokens.FormFieldName, tokens.RequestToken!);
    }

    public DeskChrome Chrome(HttpContext context, Language language, string currentHref)
    {
        var user = DeskUser.Of(context.User);
        var ui = Ui(language);
        var links = new List<(string Href, string Label)> { (DeskRoutes.Inbox(language), ui["desk.nav.inbox"]), (DeskRoutes.Reports(language), ui["desk.nav.reports"]) };
        if (user.May(DeskRoles.Administer))
        {
            links.Add((DeskRoutes.Audit(language), ui["desk.nav.audit"]));
            links.Add((DeskRoutes.Purge(language), ui["desk.nav.purge"]));
        }

        return new DeskChrome(user.Name, user.Role, [.. links.Select(l => new DeskLink(l.Href, l.Label, l.Href == currentHref))], DeskRoutes.SignOut, Token(context));
    }

    /// <summary>A whole page; <paramref name="build"/> adds the page's own parameters to its frame.</summary>
    public async Task<IResult> PageAsync<TPage>(Language language, string title, string switcherHref, Dictionary<string, object?> parameters, int status = StatusCodes.Status200OK)
        where TPage : Microsoft.AspNetCore.Components.IComponent
    {
        parameters["Frame"] = pages.DeskFrame(language, title, switcherHref);
        return Results.Content(await pages.RenderAsync<TPage>(parameters), Html, System.Text.Encoding.UTF8, status);
    }

    /// <summary>A page that only says something (<c>desk.{key}.title</c> and <c>.body</c>), with the chrome when someone is signed in.</summary>
    public Task<IResult> MessageAsync(HttpContext context, Language language, string key, int status)
    {
        var ui = Ui(language);
        var chrome = context.User.Identity?.IsAuthenticated == true ? Chrome(context, language, "") : null;
        var message = new DeskMessageView(ui[$"desk.{key}.title"], ui[$"desk.{key}.body"], DeskRoutes.Inbox(language), ui["desk.back"]);
        return PageAsync<DeskMessagePage>(language, message.Heading, DeskRoutes.Inbox(language.Other()), new()
        {
            [nameof(DeskMessagePage.Chrome)] = chrome,
            [nameof(DeskMessagePage.Message)] = message,
        }, status);
    }

    /// <summary>The language of a desk address (<c>/api/desk/en/…</c> is English, anything else Japanese).</summary>
    public static Language LanguageOf(HttpRequest request) =>
        request.Path.StartsWithSegments(DeskRoutes.Root + "/en") ? Language.En : Languages.Default;
}
