using PrivacySite.Content.Diagnostics;

namespace PrivacySite.Content.History.Changes;

/// <summary>Names where a change is, in both languages: "Purposes of use › Paying benefits › Use within the Society › 'purposes'".</summary>
public static class ChangeDescription
{
    public static Phrase Where(ContentChange change)
    {
        IEnumerable<Phrase> parts = [change.Section, .. change.Where];
        if (change.Field is { } field)
        {
            parts = parts.Append(TextPhrase.Same($"'{field}'"));
        }

        var list = parts.ToList();
        return new Phrase(string.Join(" › ", list.Select(p => p.English)), string.Join(" › ", list.Select(p => p.Japanese)));
    }
}
