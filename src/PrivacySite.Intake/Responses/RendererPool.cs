using System.Collections.Concurrent;
using PrivacySite.Theme.Rendering;

namespace PrivacySite.Intake.Responses;

/// <summary>Keeps a few component renderers for reuse: each renders one page at a time, requests arrive in parallel.</summary>
internal sealed class RendererPool : IAsyncDisposable
{
    private const int Kept = 8;
    private readonly ConcurrentBag<ComponentHtmlRenderer> _idle = [];

    public async Task<string> RenderAsync(Func<ComponentHtmlRenderer, Task<string>> render)
    {
        var renderer = _idle.TryTake(out var idle) ? idle : new ComponentHtmlRenderer();
        try
        {
            return await render(renderer);
        }
        finally
        {
            if (_idle.Count < Kept)
            {
                _idle.Add(renderer);
            }
            else
            {
                await renderer.DisposeAsync();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        while (_idle.TryTake(out var renderer))
        {
            await renderer.DisposeAsync();
        }
    }
}
