using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace PrivacySite.Theme.Rendering;

/// <summary>
/// Renders a theme component to a complete HTML document. The static site and the intake
/// service's no-JavaScript pages both go through here, so they share one look.
/// One instance renders one page at a time; use one per worker to render in parallel.
/// </summary>
public sealed class ComponentHtmlRenderer : IAsyncDisposable
{
    private const string Doctype = "<!DOCTYPE html>\n";

    private readonly ServiceProvider _services;
    private readonly OnePageHtmlRenderer _renderer;

    public ComponentHtmlRenderer()
    {
        _services = new ServiceCollection()
            .AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance)

            // Japanese text stays readable (and a third of the size) instead of becoming &#x…; entities.
            .AddSingleton(HtmlEncoder.Create(UnicodeRanges.All))
            .BuildServiceProvider();
        _renderer = new OnePageHtmlRenderer(_services, NullLoggerFactory.Instance);
    }

    public Task<string> RenderDocumentAsync<TComponent>(IDictionary<string, object?> parameters) where TComponent : IComponent =>
        RenderAsync<TComponent>(parameters, Doctype);

    /// <summary>Renders a component to an HTML fragment, for pages assembled from parts.</summary>
    public Task<string> RenderFragmentAsync<TComponent>(IDictionary<string, object?> parameters) where TComponent : IComponent =>
        RenderAsync<TComponent>(parameters, "");

    private Task<string> RenderAsync<TComponent>(IDictionary<string, object?> parameters, string prefix) where TComponent : IComponent =>
        _renderer.Dispatcher.InvokeAsync(async () =>
        {
            using var output = new StringWriter();
            output.Write(prefix);
            await _renderer.WriteAsync(typeof(TComponent), ParameterView.FromDictionary(parameters), output);
            return output.ToString();
        });

    public async ValueTask DisposeAsync()
    {
#pragma warning disable BL0006 // Renderer.DisposeAsync, see OnePageHtmlRenderer.
        await _renderer.DisposeAsync();
#pragma warning restore BL0006
        await _services.DisposeAsync();
    }
}
