using System.Text;
using MimeKit;

namespace PublicPortal.IntegrationTests.Infrastructure;

/// <summary>A received message from the SMTP sink's Maildir, read with MimeKit as a mail client would read it.</summary>
public sealed class Eml
{
    private readonly MimeMessage _message;

    private Eml(MimeMessage message) => _message = message;

    public string Subject => _message.Subject ?? "";
    public string To => _message.To.ToString();
    /// <summary>The envelope recipient that aiosmtpd's Mailbox handler records (X-RcptTo), else To.</summary>
    public string Recipient => _message.Headers["X-RcptTo"] ?? To;
    public string Body => _message.TextBody ?? "";

    public string Header(string name) => _message.Headers[name] ?? "";

    public static Eml Parse(string raw)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(raw));
        return new Eml(MimeMessage.Load(stream));
    }
}
