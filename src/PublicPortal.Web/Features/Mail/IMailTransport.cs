namespace PublicPortal.Web.Features.Mail;

/// <summary>Sends one email: MailKit over SMTP in the portal (<see cref="SmtpMailTransport"/>), a failing fake in outage tests.</summary>
public interface IMailTransport
{
    Task SendAsync(string recipient, string subject, string body, CancellationToken ct);
}
