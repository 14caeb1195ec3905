using Microsoft.EntityFrameworkCore;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Audit;
using PublicPortal.Web.Features.Registers;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.Web.Features.Publishing;

/// <summary>
/// 定时发布: every minute, turns approved entries whose <see cref="IPublishable.ScheduledFor"/> has come into published ones,
/// writing their "发布" change line and an audit line, as approval does for immediate publication.
/// </summary>
/// <remarks>
/// Every node runs this worker. A pass runs under a lease (<see cref="WorkLease"/>), so nodes take turns rather than race,
/// and each entry is published in a transaction of its own whose first statement claims it (still Scheduled): a node that
/// got past a lost lease, or an entry sent back meanwhile, finds nothing to claim, and no entry gets two "发布" lines.
/// </remarks>
public sealed class ScheduledPublisher(IServiceScopeFactory scopes, WorkLease leases, TimeProvider clock,
    ILogger<ScheduledPublisher> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await PublishDueAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // An unreachable database is logged once, when the outage begins and ends (DatabaseUnavailableMonitor),
                // not by every pass.
                if (!DatabaseUnavailable.IsOutage(e)) logger.LogError(e, "Scheduled publication pass failed; retrying in a minute");
            }
            // The pause between passes is elapsed real time, not the portal's clock: what is due is decided by the clock
            // inside the pass, so a test's stopped FakeTimeProvider decides what is sent without stopping the worker.
            await Task.Delay(TimeSpan.FromMinutes(1), stoppingToken)
                .ContinueWith(_ => { }, CancellationToken.None); // stopping ends the wait, not the loop's last pass
        }
    }

    /// <summary>One pass (after any other node's pass has ended); returns how many entries it published.</summary>
    public async Task<int> PublishDueAsync(CancellationToken ct = default)
    {
        await using var lease = await leases.WaitAsync("scheduled-publishing", TimeSpan.FromMinutes(5), ct);
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var count = 0;
        count += await PublishAsync(db, db.PhaseOutEntries, RegisterKind.PhaseOut, now, ct);
        count += await PublishAsync(db, db.SealingNotices, RegisterKind.Sealing, now, ct);
        count += await PublishAsync(db, db.CardListings, RegisterKind.Card, now, ct);
        count += await PublishAsync(db, db.EmissionViolations, RegisterKind.Emission, now, ct);
        count += await PublishAsync(db, db.QualityFailures, RegisterKind.Quality, now, ct);
        count += await PublishAsync(db, db.Announcements, RegisterKind.Announcement, now, ct);
        return count;
    }

    private static async Task<int> PublishAsync<T>(
        PortalDbContext db, DbSet<T> set, RegisterKind kind, DateTime now, CancellationToken ct)
        where T : class, IPublishable
    {
        var due = await set.IgnoreQueryFilters().Where(e => e.State == PublicationState.Scheduled && e.ScheduledFor <= now).ToListAsync(ct);
        var published = 0;
        foreach (var entry in due)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            // The claim: the row is locked until commit, and a second node's claim finds it no longer Scheduled.
            var claimed = await set.IgnoreQueryFilters()
                .Where(e => e.Id == entry.Id && e.State == PublicationState.Scheduled && e.ScheduledFor <= now)
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.UpdatedAt, now), ct);
            if (claimed == 0)
            {
                db.Entry(entry).State = EntityState.Detached;
                continue;
            }
            EditorialWorkflow.Publish(db, kind, entry, now, byId: null);
            db.AuditEntries.Add(new AuditEntry
            {
                At = now, UserName = "定时发布", Action = EditorialWorkflow.AuditPublish, Subject = EditorialWorkflow.Subject(kind, entry.Id),
                Detail = "定时发布", DepartmentId = entry.DepartmentId,
            });
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            published++;
        }
        return published;
    }
}
