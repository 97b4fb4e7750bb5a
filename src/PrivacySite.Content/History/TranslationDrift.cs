using PrivacySite.Content.Diagnostics;

namespace PrivacySite.Content.History;

/// <summary>
/// An English text the git history says was left behind: its Japanese changed in a later commit
/// than the English did, and no <c>en_reviewed</c> date on or after that change clears it.
/// Found in the load stage; the checks warn of it and the English page shows a note.
/// </summary>
/// <param name="English">Where the English stands (its 'en:' line, or the heading of the page's part).</param>
/// <param name="Japanese">Where the Japanese it translates stands.</param>
/// <param name="JapaneseChanged">The day (in Japan) the Japanese was last changed.</param>
/// <param name="Reviewed">Where an <c>en_reviewed</c> date older than that change is written, if one is.</param>
/// <param name="InPage">True for a Markdown page's part, false for a text in a data file.</param>
public sealed record TranslationDrift(SourceLocation English, SourceLocation Japanese, DateOnly JapaneseChanged, SourceLocation? Reviewed, DateOnly? ReviewedOn, bool InPage);
