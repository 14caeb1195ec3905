using PublicPortal.Web.Data;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.Web.Features.Mail;

/// <summary>Queues mail in the caller's unit of work: it is saved (or not) with the change it reports.</summary>
public class Outbox(PortalDbContext db, PersonalDataProtector protector, TimeProvider clock)
{
    public void Enqueue(string recipient, string subject, string body)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        db.OutboxMessages.Add(new OutboxMessage
        {
            RecipientCipher = protector.Protect(recipient), Subject = subject, Body = body, CreatedAt = now, NextAttemptAt = now,
        });
    }
}
