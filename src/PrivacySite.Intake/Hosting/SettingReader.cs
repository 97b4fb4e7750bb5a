using System.Globalization;
using Microsoft.Extensions.Configuration;
using PrivacySite.Content.Loading;

namespace PrivacySite.Intake.Hosting;

/// <summary>
/// Reads settings one at a time, remembering each name asked for and every problem met, so the
/// service can refuse to start with all of them at once. Names are shown as the environment
/// variables and app settings are written (Intake__RateLimit__PermitLimit); a secret's value is never shown.
/// </summary>
internal sealed class SettingReader(IConfiguration configuration)
{
    private readonly List<string> _asked = [];
    private readonly List<string> _problems = [];

    public IReadOnlyList<string> Asked => _asked;

    public IReadOnlyList<string> Problems => _problems;

    public static string Name(string key) => key.Replace(":", "__", StringComparison.Ordinal);

    public string? Text(string key)
    {
        _asked.Add(key);
        return string.IsNullOrWhiteSpace(configuration[key]) ? null : configuration[key]!.Trim();
    }

    public int Integer(string key, int fallback, int min, int max) => Text(key) is not { } text ? fallback
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max ? value
        : Invalid(key, text, $"a whole number from {min} to {max}", fallback);

    public double Number(string key, double fallback, double min, double max) => Text(key) is not { } text ? fallback
        : double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max ? value
        : Invalid(key, text, $"a number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}", fallback);

    public bool Flag(string key, bool fallback) => Text(key) is not { } text ? fallback
        : bool.TryParse(text, out var value) ? value
        : Invalid(key, text, "true or false", fallback);

    /// <summary>An absolute https address; http only to this machine (a local listener in tests or development).</summary>
    public string? Url(string key, bool secret)
    {
        if (Text(key) is not { } text)
        {
            return null;
        }

        var ok = Uri.TryCreate(text, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback));
        return ok ? text : Invalid<string?>(key, secret ? null : text, "an absolute https:// address", null);
    }

    public string? Folder(string key)
    {
        var text = Text(key);
        return text is null || Directory.Exists(text) ? text : Invalid<string?>(key, text, "an existing folder", null);
    }

    public void Problem(string key, string message) => _problems.Add($"  {Name(key)}: {message}");

    /// <summary>Every setting under <paramref name="sections"/> that nothing asked for: most likely a typing mistake.</summary>
    public void RejectUnknown(params string[] sections)
    {
        var known = _asked.Select(k => k.ToLowerInvariant()).ToList();
        foreach (var section in sections)
        {
            foreach (var (key, value) in configuration.GetSection(section).AsEnumerable(makePathsRelative: false))
            {
                var isSection = value is null || configuration.GetSection(key).GetChildren().Any();
                if (isSection || known.Contains(key.ToLowerInvariant()))
                {
                    continue;
                }

                var suggestion = YamlNaming.Suggest(key, known) is { } close ? $": did you mean {Name(_asked.First(k => k.Equals(close, StringComparison.OrdinalIgnoreCase)))}?" : "";
                Problem(key, "is not a setting of the service" + suggestion);
            }
        }
    }

    private T Invalid<T>(string key, string? shown, string expected, T fallback)
    {
        Problem(key, shown is null ? $"must be {expected}" : $"'{shown}' is not {expected}");
        return fallback;
    }
}
