using System.Net;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Http;
using PrivacySite.Content.Model;
using PrivacySite.Intake.Responses;
using PrivacySite.Theme.Pages.Desk;

namespace PrivacySite.Intake.Desk;

/// <summary>
/// POST sign-out (ends the desk's session, and the provider's), and the development sign-in of <c>serve</c>:
/// GET its page and POST a name and a role. The development sign-in answers only a request from this machine
/// to this machine; anything else is 404, as if it did not exist.
/// </summary>
internal sealed class DeskSessionEndpoints(DeskPages pages, DeskForms forms, DeskOptions options)
{
    public async Task<IResult> SignOutAsync(HttpContext context)
    {
        var language = DeskPages.LanguageOf(context.Request);
        if (await forms.ReadAsync(context) is null)
        {
            return await pages.MessageAsync(context, language, "bad_request", StatusCodes.Status400BadRequest);
        }

        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        if (options.DevelopmentSignIn)
        {
            return new SeeOtherResult(DeskRoutes.DevSignIn);
        }

        return Results.SignOut(new AuthenticationProperties { RedirectUri = DeskRoutes.Inbox(Languages.Default) }, [OpenIdConnectDefaults.AuthenticationScheme]);
    }

    public async Task<IResult> DevSignInPageAsync(HttpContext context)
    {
        if (!FromThisMachine(context))
        {
            return Results.NotFound();
        }

        var language = Languages.Default;
        return await pages.PageAsync<DevSignInPage>(language, pages.Ui(language)["desk.dev.title"], DeskRoutes.DevSignIn, new()
        {
            [nameof(DevSignInPage.Action)] = DeskRoutes.DevSignIn + context.Request.QueryString,
            [nameof(DevSignInPage.Token)] = pages.Token(context),
            [nameof(DevSignInPage.Roles)] = new[] { DeskRoles.Viewer, DeskRoles.Handler, DeskRoles.Admin },
        });
    }

    public async Task<IResult> DevSignInAsync(HttpContext context)
    {
        if (!FromThisMachine(context))
        {
            return Results.NotFound();
        }

        var form = await forms.ReadAsync(context);
        var name = form?["name"].ToString().Trim() ?? "";
        var role = form?["role"].ToString() ?? "";
        if (form is null || name.Length is 0 or > 100 || !DeskRoles.Policies[DeskRoles.Read].Contains(role))
        {
            return await pages.MessageAsync(context, Languages.Default, "bad_request", StatusCodes.Status400BadRequest);
        }

        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, DeskAuthentication.DevelopmentUser(name, role));
        var back = context.Request.Query["ReturnUrl"].ToString();
        return new SeeOtherResult(back.StartsWith(DeskRoutes.Root + "/", StringComparison.Ordinal) && !back.StartsWith("//", StringComparison.Ordinal) ? back : DeskRoutes.Inbox(Languages.Default));
    }

    private bool FromThisMachine(HttpContext context) =>
        options.DevelopmentSignIn
        && context.Connection.RemoteIpAddress is { } remote && IPAddress.IsLoopback(remote)
        && (context.Connection.LocalIpAddress is null || IPAddress.IsLoopback(context.Connection.LocalIpAddress));
}
