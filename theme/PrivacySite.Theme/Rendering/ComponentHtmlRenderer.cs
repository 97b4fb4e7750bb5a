using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
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
    private readonly ServiceProvider _services;
    private readonly HtmlRenderer _renderer;

    public ComponentHtmlRenderer()
    {
        _services = new ServiceCollection()
            .AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance)

            // Japanese text stays readable (and a third of the size) instead of becoming &#x…; entities.
            .AddSingleton(HtmlEncoder.Create(UnicodeRanges.All))
            .BuildServiceProvider();
        _renderer = new HtmlRenderer(_services, NullLoggerFactory.Instance);
    }

    public async Task<string> RenderDocumentAsync<TComponent>(IDictionary<string, object?> parameters) where TComponent : IComponent =>
        "<!DOCTYPE html>\n" + await RenderFragmentAsync<TComponent>(parameters);

    /// <summary>Renders a component to an HTML fragment, for pages assembled from parts.</summary>
    public Task<string> RenderFragmentAsync<TComponent>(IDictionary<string, object?> parameters) where TComponent : IComponent =>
        _renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await _renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters));
            return output.ToHtmlString();
        });

    public async ValueTask DisposeAsync()
    {
        await _renderer.DisposeAsync();
        await _services.DisposeAsync();
    }
}
