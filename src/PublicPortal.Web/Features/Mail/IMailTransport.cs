namespace PublicPortal.Web.Features.Mail;

/// <summary>Sends one email: MailKit over SMTP in the portal (<see cref="SmtpMailTransport"/>), a failing fake in outage tests.</summary>
public interface IMailTransport
{
    /// <param name="messageId">The Message-ID header (without angle brackets): the same on every attempt at one outbox
    /// message, so a copy sent again after a crash is recognised as the same mail. Null lets MimeKit make one up.</param>
    Task SendAsync(string recipient, string subject, string body, string? messageId, CancellationToken ct);
}
