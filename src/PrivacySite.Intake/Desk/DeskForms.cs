using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;

namespace PrivacySite.Intake.Desk;

/// <summary>
/// Reads a desk form post: refused unless it comes from the desk's own pages — the browser says the post is
/// same-origin (Sec-Fetch-Site, or an Origin equal to the request's own) and the antiforgery token matches its cookie.
/// </summary>
internal sealed class DeskForms(IAntiforgery antiforgery)
{
    /// <summary>The form's fields, or null when the post is cross-site, has no valid token or is not a form.</summary>
    public async Task<IFormCollection?> ReadAsync(HttpContext context)
    {
        var request = context.Request;
        if (!request.HasFormContentType || IsCrossSite(request))
        {
            return null;
        }

        try
        {
            await antiforgery.ValidateRequestAsync(context);
            return await request.ReadFormAsync(context.RequestAborted);
        }
        catch (Exception e) when (e is AntiforgeryValidationException or InvalidDataException or BadHttpRequestException)
        {
            return null;
        }
    }

    private static bool IsCrossSite(HttpRequest request)
    {
        if (request.Headers["Sec-Fetch-Site"] is { Count: > 0 } site && site.ToString() is not ("same-origin" or "none"))
        {
            return true;
        }

        var origin = request.Headers.Origin.ToString();
        return origin.Length > 0 && origin != "null" && !string.Equals(origin, $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase);
    }
}
