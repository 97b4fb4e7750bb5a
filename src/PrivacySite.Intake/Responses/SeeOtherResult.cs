using Microsoft.AspNetCore.Http;

namespace PrivacySite.Intake.Responses;

/// <summary>303 See Other: after a form post, the browser fetches the receipt with GET, so reloading it never posts again.</summary>
internal sealed class SeeOtherResult(string location) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = StatusCodes.Status303SeeOther;
        httpContext.Response.Headers.Location = location;
        return Task.CompletedTask;
    }
}
