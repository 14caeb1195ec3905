using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Publishing;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.Web.Features.Imports;

/// <summary>
/// Validates and imports batches in the background, one at a time, so no request ever parses or writes 50,000 rows.
/// Pages set a batch to Validating or Importing and wake this worker; a batch left half-done by a restart is simply
/// run again (validation starts over, and an interrupted import was rolled back with its transaction).
/// </summary>
/// <remarks>
/// Several nodes run this worker on one database: each batch is worked on under a lease of its own (<see cref="WorkLease"/>,
/// an advisory lock on PostgreSQL), so two nodes never validate or import the same batch, and a second node goes on to
/// the next waiting batch instead. A node that dies mid-batch lets go of the lease with its connection; the batch is still
/// Validating or Importing (the import's transaction rolled back), and the next node to poll runs it again.
/// </remarks>
public sealed class ImportWorker(
    IServiceScopeFactory scopes, WorkLease leases, ImportQueue queue, IOptionsMonitor<ImportOptions> options, ILogger<ImportWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var worked = false;
            try
            {
                worked = await RunNextAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // An unreachable database is logged once, when the outage begins and ends (DatabaseUnavailableMonitor),
                // not by every pass.
                if (!DatabaseUnavailable.IsOutage(e)) logger.LogError(e, "Import pass failed");
            }
            if (!worked) await queue.WaitAsync(TimeSpan.FromSeconds(Math.Max(0.1, options.CurrentValue.PollSeconds)), stoppingToken);
        }
    }

    /// <summary>Runs the oldest waiting batch that no other node is working on; false when there was none.</summary>
    public async Task<bool> RunNextAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var waiting = await db.ImportBatches.AsNoTracking()
            .Where(b => b.Status == ImportStatus.Validating || b.Status == ImportStatus.Importing)
            .OrderBy(b => b.Id).Select(b => b.Id).Take(20).ToListAsync(ct);
        foreach (var id in waiting)
        {
            await using var lease = await leases.TryTakeAsync($"import-batch-{id}", ct);
            if (lease is null) continue; // another node is on it
            // Read again under the lease: the node that held it a moment ago may have finished the batch.
            var status = await db.ImportBatches.AsNoTracking().Where(b => b.Id == id)
                .Select(b => (ImportStatus?)b.Status).SingleOrDefaultAsync(ct);
            var processor = scope.ServiceProvider.GetRequiredService<ImportProcessor>();
            if (status == ImportStatus.Validating) await processor.ValidateAsync(id, ct);
            else if (status == ImportStatus.Importing) await processor.ImportAsync(id, ct);
            else continue;
            return true;
        }
        return false;
    }
}
