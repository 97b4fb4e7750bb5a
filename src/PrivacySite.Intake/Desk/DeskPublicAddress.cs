using Microsoft.AspNetCore.Http;

namespace PrivacySite.Intake.Desk;

/// <summary>
/// Behind the Functions host every request reaches the service over plain http on this machine. With
/// <see cref="DeskOptions.PublicBaseUrl"/> set, a desk request is treated as what the browser sent: https to the public
/// host, so the sign-in's redirect URI names the public address and the cookies are Secure.
/// </summary>
internal sealed class DeskPublicAddress(RequestDelegate next, Uri publicBase)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments(DeskRoutes.Root))
        {
            context.Request.Scheme = publicBase.Scheme;
            context.Request.Host = HostString.FromUriComponent(publicBase);
        }

        return next(context);
    }
}
