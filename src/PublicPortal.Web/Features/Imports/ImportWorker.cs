using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Publishing;

namespace PublicPortal.Web.Features.Imports;

/// <summary>
/// Validates and imports batches in the background, one at a time, so no request ever parses or writes 50,000 rows.
/// Pages set a batch to Validating or Importing and wake this worker; a batch left half-done by a restart is simply
/// run again (validation starts over, and an interrupted import was rolled back with its transaction).
/// </summary>
/// <remarks>REVIEW: one instance is assumed to run imports; with several, claim the batch with a conditional update first
/// as <c>OutboxWorker</c> does.</remarks>
public sealed class ImportWorker(
    IServiceScopeFactory scopes, ImportQueue queue, IOptionsMonitor<ImportOptions> options, ILogger<ImportWorker> logger)
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
                logger.LogError(e, "Import pass failed");
            }
            if (!worked) await queue.WaitAsync(TimeSpan.FromSeconds(Math.Max(0.1, options.CurrentValue.PollSeconds)), stoppingToken);
        }
    }

    /// <summary>Runs the oldest waiting batch; false when there was none.</summary>
    public async Task<bool> RunNextAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var next = await db.ImportBatches.AsNoTracking()
            .Where(b => b.Status == ImportStatus.Validating || b.Status == ImportStatus.Importing)
            .OrderBy(b => b.Id).Select(b => new { b.Id, b.Status }).FirstOrDefaultAsync(ct);
        if (next is null) return false;
        var processor = scope.ServiceProvider.GetRequiredService<ImportProcessor>();
        if (next.Status == ImportStatus.Validating) await processor.ValidateAsync(next.Id, ct);
        else await processor.ImportAsync(next.Id, ct);
        return true;
    }
}
