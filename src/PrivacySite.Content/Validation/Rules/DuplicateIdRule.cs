using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Loading;

namespace PrivacySite.Content.Validation.Rules;

/// <summary>Any record with an 'id' field has an id no other record in its file uses.</summary>
internal sealed class DuplicateIdRule : RecordRule
{
    private const string IdKey = "id";

    public override void Check(object model, SourceMap map, DiagnosticBag diagnostics)
    {
        var firstSeen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var (path, record) in ModelWalker.Values(model))
        {
            if (IdOf(record) is not { } id)
            {
                continue;
            }

            var location = map[SourceMap.Join(path, IdKey)];
            if (!firstSeen.TryAdd(id, location))
            {
                diagnostics.Add(DiagnosticDescriptors.DuplicateId, location, id, firstSeen[id].Line);
            }
        }
    }

    private static string? IdOf(object record)
    {
        var type = record.GetType();
        if (!ModelShape.IsRecord(type) || ModelShape.Fields(type).FirstOrDefault(f => f.Key == IdKey) is not { } field)
        {
            return null;
        }

        return Convert.ToString(type.GetProperty(field.Name)!.GetValue(record), System.Globalization.CultureInfo.InvariantCulture);
    }
}
