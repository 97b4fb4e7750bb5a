namespace PrivacySite.Content.Model.Notice;

/// <summary>A data file that is one section of the privacy notice, with a page of its own.</summary>
public interface INoticeSection
{
    SectionPage Page { get; }
}
