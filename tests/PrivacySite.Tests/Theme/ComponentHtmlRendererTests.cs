using Microsoft.AspNetCore.Components;
using PrivacySite.Theme.Rendering;

namespace PrivacySite.Tests.Theme;

/// <summary>A renderer reused for many pages (a build worker, the intake's pool) lets go of each page once it is rendered.</summary>
public sealed class ComponentHtmlRendererTests
{
    [Fact]
    public async Task Each_page_is_rendered_in_full_and_its_components_released_before_the_next()
    {
        var released = new List<string>();
        await using var html = new ComponentHtmlRenderer();

        foreach (var name in new[] { "one", "two", "three" })
        {
            var page = await html.RenderDocumentAsync<Probe>(new Dictionary<string, object?>
            {
                [nameof(Probe.Name)] = name,
                [nameof(Probe.Released)] = released,
            });

            Assert.Equal($"<!DOCTYPE html>\n<p>{name}</p>", page);
            Assert.Equal(name, released.LastOrDefault());
        }

        Assert.Equal(["one", "two", "three"], released);
    }

    private sealed class Probe : IComponent, IDisposable
    {
        private RenderHandle _handle;

        [Parameter] public string Name { get; set; } = "";

        [Parameter] public List<string> Released { get; set; } = [];

        public void Attach(RenderHandle renderHandle) => _handle = renderHandle;

        public Task SetParametersAsync(ParameterView parameters)
        {
            parameters.SetParameterProperties(this);
            _handle.Render(builder =>
            {
                builder.OpenElement(0, "p");
                builder.AddContent(1, Name);
                builder.CloseElement();
            });
            return Task.CompletedTask;
        }

        public void Dispose() => Released.Add(Name);
    }
}
