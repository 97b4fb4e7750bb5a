using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Loading;
using PrivacySite.Content.Model;
using PrivacySite.Content.Model.Notice;

namespace PrivacySite.Content.History.Changes;

/// <summary>The words the site shows for a purpose's scope or a request channel (from content/strings), so a change names them as the page does.</summary>
internal sealed class EnumLabels(ContentSet content)
{
    public Phrase Of(Enum value)
    {
        var key = YamlNaming.ToKey(value.ToString());
        var uiKey = value switch
        {
            PurposeScope => "notice.purposes.scope." + key,
            ApplicationChannel => "notice.requests.channel." + key,
            _ => null,
        };
        return uiKey is not null
            && content.Strings[Language.En].Values.TryGetValue(uiKey, out var english)
            && content.Strings[Language.Ja].Values.TryGetValue(uiKey, out var japanese)
            ? new Phrase(english, japanese)
            : TextPhrase.Same(key);
    }
}
