using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace PrivacySite.Intake.Desk;

/// <summary>The answers of the sign-in itself: 403 for a role that does not allow the page, 400 for a sign-in that failed.</summary>
internal static class DeskForbidden
{
    public static Task WriteAsync(HttpContext context) => WriteAsync(context, "forbidden", StatusCodes.Status403Forbidden);

    public static Task WriteSignInFailedAsync(HttpContext context) => WriteAsync(context, "sign_in_failed", StatusCodes.Status400BadRequest);

    private static async Task WriteAsync(HttpContext context, string key, int status)
    {
        var pages = context.RequestServices.GetRequiredService<DeskPages>();
        var result = await pages.MessageAsync(context, DeskPages.LanguageOf(context.Request), key, status);
        await result.ExecuteAsync(context);
    }
}
