namespace PublicPortal.Web.Features.Mail;

/// <summary>
/// An email waiting to be sent. Written in the same transaction as the change it reports, sent later by
/// <see cref="OutboxWorker"/> with retries, so an SMTP outage delays mail but never loses it or fails a request.
/// The recipient is encrypted: it may be a citizen's address. <see cref="Attempts"/> counts attempts begun (it goes up when a
/// node claims the message, before it talks to SMTP), so a message with attempts and neither SentAt nor LastError is being
/// sent now, or was being sent by a node that died; another node sends it once the claim has lapsed (Mail:ClaimSeconds).
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

    /// <summary>
    /// The Message-ID every attempt at this message carries: when a node dies between SMTP accepting the message and the
    /// row being marked sent, the copy another node sends later has the same ID, and mail servers and clients that
    /// de-duplicate on it show it once. The creation time keeps IDs apart if the table is ever emptied and its ids reused.
    /// </summary>
    public static string MessageIdFor(int id, DateTime createdAt, string domain) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"outbox-{id}-{createdAt.Ticks}@{domain}");
}
