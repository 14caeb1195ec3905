using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace PublicPortal.Web.Features.Mail;

/// <summary>
/// Sends over SMTP with MailKit (System.Net.Mail's SmtpClient is not recommended for new code), or writes .eml files into
/// a pickup folder when one is configured (Development). MimeKit encodes the Chinese subject and body as UTF-8.
/// </summary>
public sealed class SmtpMailTransport(IOptionsMonitor<MailOptions> options, IHostEnvironment environment) : IMailTransport
{
    public async Task SendAsync(string recipient, string subject, string body, string? messageId, CancellationToken ct)
    {
        var o = options.CurrentValue;
        using var message = new MimeMessage();
        message.From.Add(new MailboxAddress(o.FromName, o.From));
        message.To.Add(MailboxAddress.Parse(recipient));
        message.Subject = subject;
        message.Body = new TextPart(MimeKit.Text.TextFormat.Plain) { Text = body };
        if (messageId is not null) message.MessageId = messageId;

        if (!string.IsNullOrEmpty(o.PickupDirectory))
        {
            var folder = Path.GetFullPath(o.PickupDirectory, environment.ContentRootPath);
            Directory.CreateDirectory(folder);
            message.Prepare(EncodingConstraint.SevenBit);
            // Named after the Message-ID when there is one: a message written again after a crash replaces its first copy.
            var name = messageId is null ? Guid.NewGuid().ToString("N") : new string(messageId.Select(SafeChar).ToArray());
            await message.WriteToAsync(Path.Combine(folder, name + ".eml"), ct);
            return;
        }
        if (string.IsNullOrEmpty(o.Host)) throw new InvalidOperationException("未配置 Mail:Host，无法发送邮件。");
        using var client = new SmtpClient { Timeout = 30_000 };
        await client.ConnectAsync(o.Host, o.Port, Security(o), ct);
        if (!string.IsNullOrEmpty(o.UserName)) await client.AuthenticateAsync(o.UserName, o.Password ?? "", ct);
        await client.SendAsync(message, ct);
        await client.DisconnectAsync(quit: true, ct);
    }

    /// <summary>
    /// EnableTls: TLS from the first byte on port 465 (implicit TLS), otherwise STARTTLS, required: a server that does
    /// not offer it is an error, never a silent fall-back to clear text. Off: plain SMTP, for a relay on the same host
    /// or network.
    /// </summary>
    private static char SafeChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' ? c : '_';

    public static SecureSocketOptions Security(MailOptions o) =>
        !o.EnableTls ? SecureSocketOptions.None : o.Port == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTls;
}
