namespace PrivacySite.Theme.ViewModels;

/// <summary>An in-page table of contents entry: a heading's anchor and its text.</summary>
public sealed record TocEntry(string Id, string Text, int Level);
