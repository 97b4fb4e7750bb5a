namespace PrivacySite.Inquiries.Model;

/// <summary>Where an inquiry stands. The intake service only creates <see cref="Received"/>; the privacy desk moves it on.</summary>
public enum InquiryStatus
{
    Received,
    InProgress,
    Closed,
}
