namespace PublicPortal.Web.Features.Mail;

/// <summary>
/// An email waiting to be sent. Written in the same transaction as the change it reports, sent later by
/// <see cref="OutboxWorker"/> with retries, so an SMTP outage delays mail but never loses it or fails a request.
/// The recipient is encrypted: it may be a citizen's address.
/// </summary>
public class OutboxMessage
{
    public int Id { get; set; }
    public string RecipientCipher { get; set; } = "";
    public string Subject { get; set; } = "";
    public string Body { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public DateTime NextAttemptAt { get; set; }
    public int Attempts { get; set; }
    public DateTime? SentAt { get; set; }
    public string? LastError { get; set; }
}
