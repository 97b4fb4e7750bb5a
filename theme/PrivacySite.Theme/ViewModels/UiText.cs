using PrivacySite.Content.Model;

namespace PrivacySite.Theme.ViewModels;

/// <summary>
/// The chrome's words for one language. A key the content lacks renders as the key itself
/// and is reported through <paramref name="onMissing"/>, so the build can fail naming it.
/// </summary>
public sealed class UiText(UiStrings strings, Action<Language, string> onMissing)
{
    public Language Language => strings.Language;

    public string this[string key]
    {
        get
        {
            if (strings.Values.TryGetValue(key, out var value))
            {
                return value;
            }

            onMissing(strings.Language, key);
            return key;
        }
    }
}
