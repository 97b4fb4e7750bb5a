namespace PrivacySite.Content.Model;

/// <summary>
/// A content record that carries a document's history: when it was enacted, when it was
/// revised, and the last-revised date shown to readers when the content states it apart
/// from the history. The revision-history check finds every record implementing this.
/// Paths are model paths relative to the record, such as <c>revisions[0].date</c>.
/// </summary>
public interface IRevisionHistory
{
    /// <summary>The enactment and then each revision, in the order the editor wrote them.</summary>
    IEnumerable<(string Path, DateOnly Date)> History { get; }

    /// <summary>The last-revised date readers see, when written separately; null when it is taken from the history.</summary>
    (string Path, DateOnly Date)? DisplayedLastRevised { get; }
}
