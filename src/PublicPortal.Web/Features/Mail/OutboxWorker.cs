using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PublicPortal.Web.Data;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.Web.Features.Mail;

/// <summary>
/// Sends queued mail in the background, never in a request. A failed attempt is retried with a growing delay
/// (1, 2, 4 … 60 minutes); nothing is dropped while the SMTP server is down. Logs never contain a recipient.
/// </summary>
/// <remarks>
/// Several nodes run this worker on one database. Each message is claimed with a conditional update first (still unsent and
/// unchanged since it was read), which moves its next attempt <see cref="MailOptions.ClaimSeconds"/> ahead and counts the
/// attempt, so exactly one node sends it; a node that dies holding a claim delays that message by at most the claim's length,
/// then another node sends it. The update works the same on every provider (a PostgreSQL-only
/// <c>FOR UPDATE SKIP LOCKED</c> batch claim would save a round trip per message, which the SMTP exchange dwarfs). What no
/// claim can prevent — SMTP accepting a message just before its node dies, so the row is never marked sent — yields a second
/// copy with the same Message-ID (<see cref="OutboxMessage.MessageIdFor"/>), which mail systems de-duplicate.
/// </remarks>
public sealed class OutboxWorker(
    IServiceScopeFactory scopes, IOptionsMonitor<MailOptions> options, TimeProvider clock, ILogger<OutboxWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await SendDueAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // An unreachable database is logged once, when the outage begins and ends (DatabaseUnavailableMonitor),
                // not by every pass.
                if (!DatabaseUnavailable.IsOutage(e)) logger.LogError(e, "Outbox pass failed");
            }
            // The pause between passes is elapsed real time, not the portal's clock: what is due is decided by the clock
            // inside the pass, so a test's stopped FakeTimeProvider decides what is sent without stopping the worker.
            await Task.Delay(TimeSpan.FromSeconds(Math.Max(0.2, options.CurrentValue.PollSeconds)), stoppingToken)
                .ContinueWith(_ => { }, CancellationToken.None); // stopping ends the wait, not the loop's last pass
        }
    }

    /// <summary>One pass over the due messages; returns how many were sent.</summary>
    public async Task<int> SendDueAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var transport = scope.ServiceProvider.GetRequiredService<IMailTransport>();
        var protector = scope.ServiceProvider.GetRequiredService<PersonalDataProtector>();
        var now = clock.GetUtcNow().UtcDateTime;
        var o = options.CurrentValue;
        var maxAttempts = o.MaxAttempts;
        var domain = o.From[(o.From.LastIndexOf('@') + 1)..];
        var due = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.SentAt == null && m.NextAttemptAt <= now && m.Attempts < maxAttempts)
            .OrderBy(m => m.NextAttemptAt).Take(20).ToListAsync(ct);
        var sent = 0;
        foreach (var message in due)
        {
            var claimedUntil = clock.GetUtcNow().UtcDateTime.AddSeconds(Math.Max(1, o.ClaimSeconds));
            var claimed = await db.OutboxMessages
                .Where(m => m.Id == message.Id && m.SentAt == null && m.NextAttemptAt == message.NextAttemptAt
                    && m.Attempts == message.Attempts)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.NextAttemptAt, claimedUntil)
                    .SetProperty(m => m.Attempts, m => m.Attempts + 1), ct);
            if (claimed == 0) continue; // another node has it
            var recipient = "";
            try
            {
                recipient = protector.Unprotect(message.RecipientCipher);
                await transport.SendAsync(recipient, message.Subject, message.Body,
                    OutboxMessage.MessageIdFor(message.Id, message.CreatedAt, domain), ct);
                // Not cancellable: SMTP has the message; leaving the row unmarked would only cause a duplicate.
                await db.OutboxMessages.Where(m => m.Id == message.Id).ExecuteUpdateAsync(s => s
                    .SetProperty(m => m.SentAt, clock.GetUtcNow().UtcDateTime)
                    .SetProperty(m => m.LastError, (string?)null), CancellationToken.None);
                sent++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                var attempts = message.Attempts + 1;
                var retryAt = clock.GetUtcNow().UtcDateTime.AddMinutes(Math.Min(60, Math.Pow(2, attempts - 1)));
                // SMTP errors often quote the address; it must not reach the database in plain text.
                var error = $"{e.GetType().Name}: {e.Message}";
                if (recipient.Length > 0) error = error.Replace(recipient, "***", StringComparison.OrdinalIgnoreCase);
                // Unless another node sent it meanwhile (this node's claim lapsed while SMTP was slow).
                await db.OutboxMessages.Where(m => m.Id == message.Id && m.SentAt == null).ExecuteUpdateAsync(s => s
                    .SetProperty(m => m.NextAttemptAt, retryAt)
                    .SetProperty(m => m.LastError, error.Length > 1000 ? error[..1000] : error), ct);
                logger.LogWarning("Outbox message {Id} failed (attempt {Attempts}): {Error}", message.Id, attempts, e.GetType().Name);
            }
        }
        return sent;
    }
}
