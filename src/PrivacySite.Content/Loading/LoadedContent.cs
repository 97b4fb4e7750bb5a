using PrivacySite.Content.Model;

namespace PrivacySite.Content.Loading;

/// <summary>
/// What the load stage read. <see cref="Records"/> holds every YAML data file and page front
/// matter that loaded, so the checks of one file at a time run on each of them even when
/// another file failed. <see cref="Content"/> is the whole content, built only when every data
/// file loaded, so the later stages never meet a missing part.
/// </summary>
public sealed record LoadedContent(ContentSet? Content, IReadOnlyList<LoadedRecord> Records);

/// <summary>The record one file loaded into, and where each of its values stood in the file.</summary>
public sealed record LoadedRecord(string File, object Model, SourceMap Map);
