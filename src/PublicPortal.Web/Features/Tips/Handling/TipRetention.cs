using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Audit;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.Web.Features.Tips.Handling;

/// <summary>
/// Data that expires (保存期限): <see cref="TipRetentionOptions.TipRetentionMonths"/> after a tip-off's 办结, its last rating
/// or its last 重办 — whichever is latest — the tipster's identity, the description, the enterprise named, messages,
/// evidence files, notes, replies, the rating comment and staff reasons are erased. What statistics and the audit log need
/// stays: tracking number, category, place, departments and their time limits, dates, status, finding and rating score.
/// </summary>
/// <remarks>
/// One class, one entry point (<see cref="EraseExpiredAsync"/>), run at start and then every
/// <see cref="TipRetentionOptions.PollMinutes"/>. Each tip-off is erased in its own transaction whose first statement claims
/// it ("still not erased and still expired"), so a pass is idempotent, a failure leaves nothing half-erased, and a second
/// instance doing the same pass finds nothing left to claim. Several nodes take turns: a pass runs under a lease
/// (<see cref="WorkLease"/>), and the claims keep it correct should that lease be lost.
/// Open tip-offs (including reopened ones) are never erased.
/// </remarks>
public sealed class TipRetention(IServiceScopeFactory scopes, WorkLease leases, IOptionsMonitor<TipRetentionOptions> options,
    TimeProvider clock, ILogger<TipRetention> logger) : BackgroundService
{
    /// <summary>One pass: erases every tip-off whose retention period has run out. Returns how many it erased.</summary>
    public async Task<int> EraseExpiredAsync(CancellationToken ct = default)
    {
        await using var lease = await leases.WaitAsync("tip-retention", TimeSpan.FromMinutes(5), ct);
        var months = Math.Max(1, options.CurrentValue.TipRetentionMonths);
        var cutoff = clock.UtcNow().AddMonths(-months);
        List<int> due;
        using (var scope = scopes.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            due = await Expired(db, cutoff).OrderBy(t => t.Id).Select(t => t.Id).ToListAsync(ct);
        }
        var erased = 0;
        foreach (var id in due)
        {
            using var scope = scopes.CreateScope();
            if (await EraseAsync(scope.ServiceProvider.GetRequiredService<PortalDbContext>(), id, cutoff, months, ct)) erased++;
        }
        if (erased > 0) logger.LogInformation("Retention: erased {Count} tip-offs past {Months} months", erased, months);
        return erased;
    }

    /// <summary>Closed, not erased yet, and nothing that restarts the clock (办结, rating, 重办) after the cutoff.</summary>
    private static IQueryable<Tip> Expired(PortalDbContext db, DateTime cutoff) =>
        db.Tips.Where(t => t.ErasedAt == null && t.Status == TipStatus.Closed && t.ClosedAt != null && t.ClosedAt <= cutoff
            && (t.RatedAt == null || t.RatedAt <= cutoff)
            && !db.TipEvents.Any(e => e.TipId == t.Id && e.At > cutoff
                && (e.Kind == TipEventKind.Closed || e.Kind == TipEventKind.Rated || e.Kind == TipEventKind.Reopened)));

    private async Task<bool> EraseAsync(PortalDbContext db, int id, DateTime cutoff, int months, CancellationToken ct)
    {
        var now = clock.UtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var tip = await db.Tips.AsNoTracking().Where(t => t.Id == id)
            .Select(t => new { t.TrackingNumber, t.ClosedAt, t.RatedAt }).SingleAsync(ct);
        var lastEvent = await db.TipEvents.Where(e => e.TipId == id
                && (e.Kind == TipEventKind.Closed || e.Kind == TipEventKind.Rated || e.Kind == TipEventKind.Reopened))
            .MaxAsync(e => (DateTime?)e.At, ct);
        // The claim: re-checked in the same statement, so a tip-off reopened or erased meanwhile is left alone.
        var claimed = await Expired(db, cutoff).Where(t => t.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(t => t.ErasedAt, now)
            .SetProperty(t => t.DescriptionCipher, "")
            .SetProperty(t => t.IdentityCipher, (string?)null)
            .SetProperty(t => t.WantsEmailNotices, false)
            .SetProperty(t => t.EnterpriseName, "")
            .SetProperty(t => t.CreditCode, (string?)null)
            .SetProperty(t => t.Address, (string?)null)
            .SetProperty(t => t.MediaUrl, (string?)null)
            .SetProperty(t => t.PublicReply, (string?)null)
            .SetProperty(t => t.ProposedReply, (string?)null)
            .SetProperty(t => t.RatingCommentCipher, (string?)null), ct);
        if (claimed == 0) return false;

        // Files first: a file may belong to a message.
        await db.TipAttachments.Where(a => a.TipId == id).ExecuteDeleteAsync(ct);
        await db.TipMessages.Where(m => m.TipId == id).ExecuteDeleteAsync(ct);
        await db.TipNotes.Where(n => n.TipId == id).ExecuteDeleteAsync(ct);
        // Staff reasons may quote the tip-off; the public notes are the portal's own sentences and stay as the timeline.
        await db.TipEvents.Where(e => e.TipId == id && e.InternalNote != null)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.InternalNote, (string?)null), ct);
        await db.TipAssignments.Where(a => a.TipId == id && a.EndReason != null)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.EndReason, (string?)null), ct);
        await db.ExtensionRequests.Where(e => e.TipId == id)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Reason, "").SetProperty(e => e.DecisionNote, (string?)null), ct);
        // Mail about it names it in the subject (the citizen's notices also hold their address).
        var tag = $"（{tip.TrackingNumber}）";
        await db.OutboxMessages.Where(m => m.Subject.Contains(tag)).ExecuteDeleteAsync(ct);

        var from = new[] { tip.ClosedAt, tip.RatedAt, lastEvent }.Max()!.Value;
        db.AuditEntries.Add(new AuditEntry
        {
            At = now, UserName = "system", Action = AuditActions.EraseExpired, Subject = $"Tip:{id}", TipId = id,
            Detail = string.Create(CultureInfo.InvariantCulture,
                $"超过保存期限（{months} 个月，自 {from.ToChinaDateText()} 起算）：已删除举报人信息、举报内容、留言、证据材料和评价意见"),
        });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return true;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            if (options.CurrentValue.Enabled)
            {
                try
                {
                    await EraseExpiredAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // An unreachable database is logged once, when the outage begins and ends (DatabaseUnavailableMonitor),
                    // not by every pass.
                    if (!DatabaseUnavailable.IsOutage(e)) logger.LogError(e, "Retention pass failed; retrying at the next check");
                }
            }
            // Elapsed real time between passes; what has expired is decided by the portal's clock inside the pass.
            await Task.Delay(TimeSpan.FromMinutes(Math.Max(0.001, options.CurrentValue.PollMinutes)), stoppingToken)
                .ContinueWith(_ => { }, CancellationToken.None);
        }
    }
}
