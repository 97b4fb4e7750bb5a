using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using PrivacySite.Intake.Http;

namespace PrivacySite.Intake.Notifications;

/// <summary>
/// New-inquiry announcements waiting to be posted. Adding one never waits: the submission has been
/// answered by then. When no webhook is set, or the queue is full because the webhook has been
/// down for long, the announcement is dropped (and the drop logged): the inquiry itself is stored either way.
/// </summary>
public sealed class NotificationQueue(bool enabled, ILogger<NotificationQueue> logger)
{
    public const int Capacity = 1000;

    private readonly Channel<NewInquiryAnnouncement> _channel = Channel.CreateBounded<NewInquiryAnnouncement>(
        new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.Wait, SingleReader = true });

    public ChannelReader<NewInquiryAnnouncement> Reader => _channel.Reader;

    public void Add(NewInquiryAnnouncement announcement)
    {
        if (enabled && !_channel.Writer.TryWrite(announcement))
        {
            IntakeLog.NotificationDropped(logger, announcement.Reference.Value);
        }
    }
}
