using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using PrivacySite.Inquiries.Model;
using PrivacySite.Inquiries.Outbox;
using PrivacySite.Intake.Hosting;

namespace PrivacySite.Intake.Mail;

/// <summary>
/// Sends outbox e-mails over SMTP with MailKit, one connection per message (few are sent). A 4xx reply
/// or no answer is worth another try; a 5xx reply (the address refused for good) is not. A result names
/// the reply's code or the failure's type, never the server's words, which may quote the address.
/// </summary>
internal sealed class SmtpMailSender(MailOptions options, EmailMessageFactory messages) : IMessageSender
{
    public OutboxChannel Channel => OutboxChannel.Email;

    public RetryPolicy Retry { get; } = new(options.MaxAttempts, TimeSpan.FromSeconds(options.RetryDelaySeconds));

    public async Task<SendResult> SendAsync(OutboxMessage message, InquiryRecord inquiry, CancellationToken cancellationToken)
    {
        if (MessagePlan.MemberAddress(inquiry) is not { } address)
        {
            return SendResult.Refused("no e-mail address");
        }

        using var mime = messages.Build(message, inquiry, address);
        using var client = new SmtpClient { Timeout = (int)TimeSpan.FromSeconds(options.TimeoutSeconds).TotalMilliseconds };
        try
        {
            await client.ConnectAsync(options.Host!, options.Port, Socket(options.Security), cancellationToken);
            if (options.UserName is { } user)
            {
                await client.AuthenticateAsync(user, options.Password!, cancellationToken);
            }

            await client.SendAsync(mime, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
            return SendResult.Sent("smtp 250");
        }
        catch (SmtpCommandException e)
        {
            var code = (int)e.StatusCode;
            return code >= 500 ? SendResult.Refused($"smtp {code} {e.ErrorCode}") : SendResult.Failed($"smtp {code} {e.ErrorCode}");
        }
        catch (AuthenticationException)
        {
            return SendResult.Failed("smtp authentication refused: check Intake__Mail__UserName and Intake__Mail__Password");
        }
        catch (Exception e) when (e is SmtpProtocolException or ServiceNotConnectedException or IOException or SocketException or TimeoutException or SslHandshakeException
            || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return SendResult.Failed($"no answer ({e.GetType().Name})");
        }
    }

    private static SecureSocketOptions Socket(MailSecurity security) => security switch
    {
        MailSecurity.Tls => SecureSocketOptions.SslOnConnect,
        MailSecurity.None => SecureSocketOptions.None,
        _ => SecureSocketOptions.StartTls,
    };
}
