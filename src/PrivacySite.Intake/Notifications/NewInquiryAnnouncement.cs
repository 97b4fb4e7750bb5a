using PrivacySite.Forms.Model;
using PrivacySite.Inquiries.Model;

namespace PrivacySite.Intake.Notifications;

/// <summary>What the privacy office is told about a new inquiry: its kind, reference and due date, and nothing the member wrote.</summary>
public sealed record NewInquiryAnnouncement(InquiryKind Kind, ReferenceNumber Reference, DateOnly DueOn);
