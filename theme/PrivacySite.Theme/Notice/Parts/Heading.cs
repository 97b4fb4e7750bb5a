using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace PrivacySite.Theme.Notice.Parts;

/// <summary>
/// A heading at the level its place in the page calls for: a section's parts sit one level
/// deeper on the full notice (under the section's h2) than on the section's own page.
/// </summary>
public sealed class Heading : ComponentBase
{
    [Parameter, EditorRequired] public int Level { get; set; }

    [Parameter] public string? Id { get; set; }

    [Parameter, EditorRequired] public RenderFragment ChildContent { get; set; } = default!;

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        builder.OpenElement(0, "h" + Math.Clamp(Level, 2, 6).ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.AddAttribute(1, "id", Id);
        builder.AddContent(2, ChildContent);
        builder.CloseElement();
    }
}
