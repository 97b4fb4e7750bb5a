using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.HtmlRendering.Infrastructure;
using Microsoft.Extensions.Logging;

namespace PrivacySite.Theme.Rendering;

// BL0006 warns that Renderer's members may change between framework versions; these four have been stable since .NET 8.
#pragma warning disable BL0006

/// <summary>
/// Blazor's static HTML renderer, letting go of each page's components once its HTML is
/// written. <c>HtmlRenderer</c> keeps every root component it rendered until it is disposed,
/// so one reused for thousands of pages (a build worker, the intake's pool) would hold them
/// all and the garbage collector would copy them over and over.
/// </summary>
internal sealed class OnePageHtmlRenderer(IServiceProvider services, ILoggerFactory loggers) : StaticHtmlRenderer(services, loggers)
{
    /// <remarks>Call on <see cref="Renderer.Dispatcher"/>.</remarks>
    public async Task WriteAsync(Type component, ParameterView parameters, TextWriter output)
    {
        var id = AssignRootComponentId(InstantiateComponent(component));
        await RenderRootComponentAsync(id, parameters);
        WriteComponentHtml(id, output);
        RemoveRootComponent(id);
    }
}
