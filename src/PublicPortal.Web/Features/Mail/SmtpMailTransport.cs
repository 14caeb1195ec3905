using System.Net;
using System.Net.Mail;
using System.Text;
using Microsoft.Extensions.Options;

namespace PublicPortal.Web.Features.Mail;

/// <summary>System.Net.Mail over SMTP (or into a pickup folder as .eml files). Subjects are RFC 2047 encoded UTF-8.</summary>
public sealed class SmtpMailTransport(IOptionsMonitor<MailOptions> options, IHostEnvironment environment) : IMailTransport
{
    public async Task SendAsync(string recipient, string subject, string body, CancellationToken ct)
    {
        var o = options.CurrentValue;
        using var message = new MailMessage
        {
            From = new MailAddress(o.From, o.FromName, Encoding.UTF8),
            Subject = subject, SubjectEncoding = Encoding.UTF8,
            Body = body, BodyEncoding = Encoding.UTF8, IsBodyHtml = false,
        };
        message.To.Add(new MailAddress(recipient));
        using var client = new SmtpClient();
        if (!string.IsNullOrEmpty(o.PickupDirectory))
        {
            var folder = Path.GetFullPath(o.PickupDirectory, environment.ContentRootPath);
            Directory.CreateDirectory(folder);
            client.DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory;
            client.PickupDirectoryLocation = folder;
        }
        else
        {
            if (string.IsNullOrEmpty(o.Host)) throw new InvalidOperationException("未配置 Mail:Host，无法发送邮件。");
            client.Host = o.Host;
            client.Port = o.Port;
            client.EnableSsl = o.EnableTls;
            client.Timeout = 30_000;
            if (!string.IsNullOrEmpty(o.UserName)) client.Credentials = new NetworkCredential(o.UserName, o.Password);
        }
        await client.SendMailAsync(message, ct);
    }
}
