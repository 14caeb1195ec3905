using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PublicPortal.Web.Data;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.Web.Features.Mail;

/// <summary>
/// Sends queued mail in the background, never in a request. A failed attempt is retried with a growing delay
/// (1, 2, 4 … 60 minutes); nothing is dropped while the SMTP server is down. Each message is claimed with a conditional
/// update first, so two instances do not both send it. Logs never contain a recipient.
/// </summary>
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
                logger.LogError(e, "Outbox pass failed");
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
        var maxAttempts = options.CurrentValue.MaxAttempts;
        var due = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.SentAt == null && m.NextAttemptAt <= now && m.Attempts < maxAttempts)
            .OrderBy(m => m.NextAttemptAt).Take(20).ToListAsync(ct);
        var sent = 0;
        foreach (var message in due)
        {
            var claimedUntil = now.AddMinutes(5);
            var claimed = await db.OutboxMessages
                .Where(m => m.Id == message.Id && m.SentAt == null && m.NextAttemptAt == message.NextAttemptAt)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.NextAttemptAt, claimedUntil), ct);
            if (claimed == 0) continue;
            var recipient = "";
            try
            {
                recipient = protector.Unprotect(message.RecipientCipher);
                await transport.SendAsync(recipient, message.Subject, message.Body, ct);
                await db.OutboxMessages.Where(m => m.Id == message.Id).ExecuteUpdateAsync(s => s
                    .SetProperty(m => m.SentAt, clock.GetUtcNow().UtcDateTime)
                    .SetProperty(m => m.Attempts, m => m.Attempts + 1)
                    .SetProperty(m => m.LastError, (string?)null), ct);
                sent++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                var attempts = message.Attempts + 1;
                var retryAt = clock.GetUtcNow().UtcDateTime.AddMinutes(Math.Min(60, Math.Pow(2, attempts - 1)));
                // SMTP errors often quote the address; it must not reach the database in plain text.
                var error = $"{e.GetType().Name}: {e.Message}";
                if (recipient.Length > 0) error = error.Replace(recipient, "***", StringComparison.OrdinalIgnoreCase);
                await db.OutboxMessages.Where(m => m.Id == message.Id).ExecuteUpdateAsync(s => s
                    .SetProperty(m => m.Attempts, attempts)
                    .SetProperty(m => m.NextAttemptAt, retryAt)
                    .SetProperty(m => m.LastError, error.Length > 1000 ? error[..1000] : error), ct);
                logger.LogWarning("Outbox message {Id} failed (attempt {Attempts}): {Error}", message.Id, attempts, e.GetType().Name);
            }
        }
        return sent;
    }
}
