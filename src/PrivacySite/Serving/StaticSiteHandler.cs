using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;

namespace PrivacySite.Cli.Serving;

/// <summary>
/// Serves the built output folder as a static host would: folders by their index.html,
/// unknown paths with 404.html. Paths never leave the output folder.
/// </summary>
internal sealed class StaticSiteHandler(string outputRoot, bool injectLiveReload)
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private readonly string _root = Path.GetFullPath(outputRoot);

    public async Task HandleAsync(HttpContext context)
    {
        var file = Resolve(context.Request.Path.Value ?? "/");
        if (file is null && context.Request.Path.Value is { } path && !path.EndsWith('/') && Resolve(path + "/") is not null)
        {
            context.Response.Redirect(path + "/" + context.Request.QueryString);
            return;
        }

        context.Response.StatusCode = file is null ? StatusCodes.Status404NotFound : StatusCodes.Status200OK;
        file ??= Path.Combine(_root, "404.html");
        if (!File.Exists(file))
        {
            return;
        }

        ContentTypes.TryGetContentType(file, out var contentType);
        context.Response.ContentType = contentType switch
        {
            null => "application/octet-stream",
            "text/html" or "text/css" or "text/plain" or "text/javascript" or "application/javascript" => contentType + "; charset=utf-8",
            _ => contentType,
        };
        context.Response.Headers.CacheControl = "no-cache";
        if (file.EndsWith(".html", StringComparison.Ordinal) && injectLiveReload)
        {
            await context.Response.WriteAsync(LiveReload.Inject(await File.ReadAllTextAsync(file)));
            return;
        }

        await context.Response.SendFileAsync(file);
    }

    private string? Resolve(string requestPath)
    {
        var relative = Uri.UnescapeDataString(requestPath).TrimStart('/');
        if (relative.Length == 0 || relative.EndsWith('/'))
        {
            relative += "index.html";
        }

        var full = Path.GetFullPath(Path.Combine(_root, relative));
        return full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(full) ? full : null;
    }
}
