using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Audit;
using PublicPortal.Web.Features.Imports;
using PublicPortal.Web.Features.Publishing;
using PublicPortal.Web.Features.Registers;
using PublicPortal.Web.Features.Staff;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.Web.Pages.Staff.Imports;

/// <summary>
/// One batch: progress while the worker runs (the page refreshes itself without JavaScript), then the report row by
/// row, paged, and the choice to import only the valid rows; after the import, 提交审核 of its drafts.
/// </summary>
public class BatchModel(
    PortalDbContext db, CurrentStaff staff, ImportQueue queue, ImportProgress progress, AuditLog audit, TimeProvider clock) : PageModel
{
    public const int PageSize = 50;
    public Summary Batch { get; private set; } = null!;
    public IReadOnlyList<ImportRowError> Errors { get; private set; } = [];
    public int? StoredSoFar { get; private set; }
    public int Drafts { get; private set; }
    public PagerModel? Pager { get; private set; }
    public bool Running => Batch.Status is ImportStatus.Validating or ImportStatus.Importing;

    public async Task<IActionResult> OnGetAsync(int? id, [FromQuery(Name = "page")] string? pageNumber, CancellationToken ct)
    {
        if (await FindAsync(id, ct) is not { } batch) return NotFound();
        if (!PageNumber.TryRead(pageNumber, out var number)) return this.BadRequestPage(PageNumber.Error);
        Batch = batch;
        StoredSoFar = progress.Stored(batch.Id);
        // The staff layout has no head section for <meta http-equiv="refresh">; the Refresh header is its HTTP form and
        // reloads the page every 2 s without JavaScript while the worker runs.
        if (Running) Response.Headers["Refresh"] = "2";
        if (batch.Status == ImportStatus.Imported)
            Drafts = await db.PhaseOutEntries.IgnoreQueryFilters()
                    .CountAsync(e => e.ImportBatchId == batch.Id && e.State == PublicationState.Draft, ct)
                + await db.CardListings.IgnoreQueryFilters()
                    .CountAsync(e => e.ImportBatchId == batch.Id && e.State == PublicationState.Draft, ct);
        if (batch.Status is ImportStatus.Validated or ImportStatus.Imported or ImportStatus.Failed)
        {
            var errors = db.ImportRowErrors.AsNoTracking().Where(e => e.ImportBatchId == batch.Id);
            var pages = Math.Max(1, (await errors.CountAsync(ct) + PageSize - 1) / PageSize);
            number = Math.Min(number, pages);
            Errors = await errors.OrderBy(e => e.RowNumber).ThenBy(e => e.Id).Skip((number - 1) * PageSize).Take(PageSize).ToListAsync(ct);
            if (pages > 1) Pager = new PagerModel(number, pages, p => $"/staff/imports/batch?id={batch.Id}&page={p}");
        }
        return Page();
    }

    /// <summary>Imports the valid rows (all rows, when every row is valid) in the background.</summary>
    public async Task<IActionResult> OnPostImportAsync(int? id, CancellationToken ct)
    {
        if (await FindAsync(id, ct) is not { } batch) return NotFound();
        var started = await db.ImportBatches.Where(b => b.Id == batch.Id && b.Status == ImportStatus.Validated && b.ValidRows > 0)
            .ExecuteUpdateAsync(s => s
                .SetProperty(b => b.Status, ImportStatus.Importing).SetProperty(b => b.ValidRowsOnly, b => b.InvalidRows > 0), ct);
        if (started > 0) queue.Notify();
        return Redirect($"/staff/imports/batch?id={batch.Id}");
    }

    public async Task<IActionResult> OnPostCancelAsync(int? id, CancellationToken ct)
    {
        if (await FindAsync(id, ct) is not { } batch) return NotFound();
        await db.ImportBatches.Where(b => b.Id == batch.Id && (b.Status == ImportStatus.Uploaded || b.Status == ImportStatus.Validated))
            .ExecuteUpdateAsync(s => s
                .SetProperty(b => b.Status, ImportStatus.Cancelled).SetProperty(b => b.CompletedAt, clock.GetUtcNow().UtcDateTime), ct);
        return Redirect($"/staff/imports/batch?id={batch.Id}");
    }

    /// <summary>提交审核: every imported entry of the batch still in draft goes to the editorial workflow.</summary>
    public async Task<IActionResult> OnPostSubmitAsync(int? id, CancellationToken ct)
    {
        if (await FindAsync(id, ct) is not { } batch) return NotFound();
        if (batch.Status != ImportStatus.Imported) return Redirect($"/staff/imports/batch?id={batch.Id}");
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var submitted = await Submit(db.PhaseOutEntries.IgnoreQueryFilters(), batch.Id, now, ct)
            + await Submit(db.CardListings.IgnoreQueryFilters(), batch.Id, now, ct);
        audit.Record(AuditActions.RegisterImportSubmit, $"ImportBatch:{batch.Id}", $"提交审核 {submitted} 条导入的草稿",
            departmentId: batch.DepartmentId);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        TempData["Status"] = $"已提交审核 {submitted} 条。";
        return Redirect($"/staff/imports/batch?id={batch.Id}");
    }

    private Task<int> Submit<T>(IQueryable<T> entries, int batchId, DateTime now, CancellationToken ct) where T : RegisterEntry =>
        entries.Where(e => e.ImportBatchId == batchId && e.State == PublicationState.Draft).ExecuteUpdateAsync(s => s
            .SetProperty(e => e.State, PublicationState.Submitted).SetProperty(e => e.SubmittedAt, now)
            .SetProperty(e => e.SubmittedById, staff.Id).SetProperty(e => e.UpdatedAt, now), ct);

    /// <summary>The batch, if it belongs to the caller's department; anyone else's answers 404.</summary>
    private Task<Summary?> FindAsync(int? id, CancellationToken ct)
    {
        var own = staff.DepartmentId ?? -1;
        return db.ImportBatches.AsNoTracking().Where(b => b.Id == id && b.DepartmentId == own)
            .Select(b => new Summary(b.Id, b.Register, b.FileName, b.Status, b.TotalRows, b.ProcessedRows, b.ValidRows, b.InvalidRows,
                b.ImportedRows, b.ValidRowsOnly, b.Error, b.CreatedAt, b.CompletedAt, b.DepartmentId))
            .SingleOrDefaultAsync(ct);
    }

    public sealed record Summary(int Id, RegisterKind Register, string FileName, ImportStatus Status, int TotalRows, int ProcessedRows,
        int ValidRows, int InvalidRows, int ImportedRows, bool ValidRowsOnly, string? Error, DateTime CreatedAt, DateTime? CompletedAt,
        int DepartmentId);
}
