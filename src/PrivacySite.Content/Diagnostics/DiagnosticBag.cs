namespace PrivacySite.Content.Diagnostics;

/// <summary>Collects findings from every stage; thread-safe so pages can be checked in parallel.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public void Add(DiagnosticDescriptor descriptor, SourceLocation location, params object?[] arguments)
    {
        var args = arguments.Select(a => a as Phrase ?? (object)(Convert.ToString(a, System.Globalization.CultureInfo.InvariantCulture) ?? "")).ToArray();
        lock (_items)
        {
            _items.Add(new Diagnostic(descriptor, location, args));
        }
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        lock (_items)
        {
            _items.AddRange(diagnostics);
        }
    }

    public bool HasErrors
    {
        get
        {
            lock (_items)
            {
                return _items.Any(d => d.Severity == Severity.Error);
            }
        }
    }

    /// <summary>Findings in file, line, column order, so output is stable from run to run.</summary>
    public IReadOnlyList<Diagnostic> ToList()
    {
        lock (_items)
        {
            return [.. _items
                .DistinctBy(d => d.Format())
                .OrderBy(d => d.Location.File, StringComparer.Ordinal)
                .ThenBy(d => d.Location.Line)
                .ThenBy(d => d.Location.Column)
                .ThenBy(d => d.Code, StringComparer.Ordinal)];
        }
    }
}
