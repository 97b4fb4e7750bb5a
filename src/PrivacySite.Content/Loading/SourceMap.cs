using PrivacySite.Content.Diagnostics;

namespace PrivacySite.Content.Loading;

/// <summary>
/// Where each value of a loaded file stood, keyed by its path in the model
/// (for example <c>purposes[2].title.en</c>), so later stages can point editors at the line.
/// </summary>
public sealed class SourceMap(string file)
{
    private readonly Dictionary<string, SourceLocation> _locations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SourceLocation> _keys = new(StringComparer.Ordinal);

    public string File { get; } = file;

    /// <summary>Whether the file wrote this exact path, even with a value that could not be used.</summary>
    public bool Contains(string path) => _locations.ContainsKey(path);

    internal void Set(string path, int line, int column) => _locations[path] = new SourceLocation(File, line, column);

    internal void SetKey(string path, int line, int column) => _keys[path] = new SourceLocation(File, line, column);

    /// <summary>
    /// Where the editor wrote the key that holds this path's mapping: the place a key missing from that
    /// mapping belongs. The file's top level is line 1; a list item (no key of its own) is the item itself.
    /// </summary>
    public SourceLocation KeyOf(string path) =>
        path.Length == 0 ? new SourceLocation(File, 1, 1) : _keys.TryGetValue(path, out var key) ? key : this[path];

    /// <summary>The location of the path, or of its nearest parent that has one.</summary>
    public SourceLocation this[string path]
    {
        get
        {
            for (var p = path; ; p = Parent(p))
            {
                if (_locations.TryGetValue(p, out var location))
                {
                    return location;
                }

                if (p.Length == 0)
                {
                    return new SourceLocation(File, 1, 1);
                }
            }
        }
    }

    /// <summary>The path of a record's field: "handler" and "name" make "handler.name"; a file's top level has the empty path.</summary>
    internal static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";

    private static string Parent(string path)
    {
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut <= 0 ? "" : path[..cut];
    }
}
