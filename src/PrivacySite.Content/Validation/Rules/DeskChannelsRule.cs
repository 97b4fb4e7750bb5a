using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Loading;
using PrivacySite.Content.Model.Notice;

namespace PrivacySite.Content.Validation.Rules;

/// <summary>
/// Each channel of a desk carries its own details and no other channel's: email its address, phone and
/// fax their numbers, post a postal code and address, in_person an address (its postal code optional),
/// online none; hours and a note go with any. A channel is listed once.
/// </summary>
internal sealed class DeskChannelsRule : RecordRule
{
    private static readonly string[] AnyChannel = [Key(nameof(DeskChannel.Hours)), Key(nameof(DeskChannel.Note))];

    private static readonly Dictionary<ApplicationChannel, (string[] Required, string[] Optional)> Details = new()
    {
        [ApplicationChannel.Online] = ([], []),
        [ApplicationChannel.Email] = ([Key(nameof(DeskChannel.Email))], []),
        [ApplicationChannel.Phone] = ([Key(nameof(DeskChannel.Phone))], []),
        [ApplicationChannel.Fax] = ([Key(nameof(DeskChannel.Fax))], []),
        [ApplicationChannel.Post] = ([Key(nameof(DeskChannel.PostalCode)), Key(nameof(DeskChannel.Address))], []),
        [ApplicationChannel.InPerson] = ([Key(nameof(DeskChannel.Address))], [Key(nameof(DeskChannel.PostalCode))]),
    };

    public override void Check(object model, SourceMap map, DiagnosticBag diagnostics)
    {
        foreach (var (path, desk) in ModelWalker.Find<ContactPoint>(model))
        {
            var seen = new HashSet<ApplicationChannel>();
            for (var i = 0; i < desk.Channels.Count; i++)
            {
                var channel = desk.Channels[i];
                var channelPath = $"{SourceMap.Join(path, Key(nameof(ContactPoint.Channels)))}[{i}]";
                var name = Key(channel.Channel.ToString());
                if (!seen.Add(channel.Channel))
                {
                    diagnostics.Add(DiagnosticDescriptors.ChannelTwice, map[channelPath], name);
                }

                Check(channel, name, channelPath, map, diagnostics);
            }
        }
    }

    private static void Check(DeskChannel channel, string name, string path, SourceMap map, DiagnosticBag diagnostics)
    {
        var (required, optional) = Details[channel.Channel];
        var written = Written(channel);
        foreach (var missing in required.Where(k => !written.Contains(k)))
        {
            diagnostics.Add(DiagnosticDescriptors.ChannelDetailMissing, map.KeyOf(path), name, path, missing);
        }

        var allowed = required.Concat(optional).Concat(AnyChannel).ToList();
        foreach (var foreign in written.Where(k => !allowed.Contains(k)))
        {
            var foreignPath = SourceMap.Join(path, foreign);
            diagnostics.Add(DiagnosticDescriptors.ChannelDetailForeign, map.KeyOf(foreignPath), foreign, name, string.Join(", ", allowed));
        }
    }

    /// <summary>The keys of the details written for the channel.</summary>
    private static HashSet<string> Written(DeskChannel channel) =>
    [
        .. new (string Key, object? Value)[]
        {
            (Key(nameof(DeskChannel.Email)), channel.Email),
            (Key(nameof(DeskChannel.Phone)), channel.Phone),
            (Key(nameof(DeskChannel.Fax)), channel.Fax),
            (Key(nameof(DeskChannel.PostalCode)), channel.PostalCode),
            (Key(nameof(DeskChannel.Address)), channel.Address),
            (Key(nameof(DeskChannel.Hours)), channel.Hours),
            (Key(nameof(DeskChannel.Note)), channel.Note),
        }.Where(d => d.Value is not null).Select(d => d.Key),
    ];

    private static string Key(string name) => YamlNaming.ToKey(name);
}
