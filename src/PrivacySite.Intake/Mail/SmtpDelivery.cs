using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using PrivacySite.Inquiries.Outbox;
using PrivacySite.Intake.Hosting;

namespace PrivacySite.Intake.Mail;

/// <summary>
/// Sends over SMTP with MailKit, one connection per message (few are sent). A 4xx reply or no answer is
/// worth another try; a 5xx reply (the address refused for good) is not. A result names the reply's code
/// or the failure's type, never the server's words, which may quote the address.
/// </summary>
internal sealed class SmtpDelivery(MailOptions options) : IMailDelivery
{
    public async Task<SendResult> DeliverAsync(MimeMessage mail, OutboxMessage message, CancellationToken cancellationToken)
    {
        using var client = new SmtpClient { Timeout = (int)TimeSpan.FromSeconds(options.TimeoutSeconds).TotalMilliseconds };
        try
        {
            await client.ConnectAsync(options.Host!, options.Port, Socket(options.Security), cancellationToken);
            if (options.UserName is { } user)
            {
                await client.AuthenticateAsync(user, options.Password!, cancellationToken);
            }

            await client.SendAsync(mail, cancellationToken);
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
