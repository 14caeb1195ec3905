namespace PublicPortal.Web.Features.Mail;

/// <summary>Sends one email. The narrow seam where MailKit could replace System.Net.Mail in a deployment that has it.</summary>
public interface IMailTransport
{
    Task SendAsync(string recipient, string subject, string body, CancellationToken ct);
}
