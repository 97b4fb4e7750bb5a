using PrivacySite.Content.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace PrivacySite.Content.Loading;

/// <summary>
/// Hands YamlDotNet's loader the parser's events one at a time and stops it before it builds
/// anything content never holds: collections nested deeper than <see cref="MaxDepth"/> (the
/// loader recurses per level, so a deep file would overflow the stack) and tagged nodes
/// (<c>!include</c>, <c>!!binary</c>…), whose tag the loader would drop, silently keeping the text after it,
/// and anchors or aliases, which content never needs.
/// </summary>
internal sealed class GuardedYamlParser(IParser inner, string file) : IParser
{
    /// <summary>The sample content nests 7 levels; four times that leaves editors room and the stack safe.</summary>
    public const int MaxDepth = 32;

    private int _depth;

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        if (!inner.MoveNext())
        {
            return false;
        }

        switch (inner.Current)
        {
            case NodeEvent { Tag.IsEmpty: false } node:
                throw new Refused(DiagnosticDescriptors.YamlTag, At(node), node.Tag.Value);

            // One alias can stand for a whole tree, and a few nested ones for billions of values.
            case AnchorAlias or NodeEvent { Anchor.IsEmpty: false }:
                throw new Refused(DiagnosticDescriptors.YamlAlias, At(inner.Current));
            case MappingStart or SequenceStart when ++_depth > MaxDepth:
                throw new Refused(DiagnosticDescriptors.YamlTooDeep, At(inner.Current), MaxDepth);
            case MappingEnd or SequenceEnd:
                _depth--;
                break;
        }

        return true;
    }

    private SourceLocation At(ParsingEvent e) => new(file, (int)e.Start.Line, (int)e.Start.Column);

    /// <summary>Ends the load at the first refused event; what it carries is reported as a diagnostic.</summary>
    public sealed class Refused(DiagnosticDescriptor descriptor, SourceLocation location, params object[] arguments) : Exception
    {
        public void Report(DiagnosticBag diagnostics) => diagnostics.Add(descriptor, location, arguments);
    }
}
