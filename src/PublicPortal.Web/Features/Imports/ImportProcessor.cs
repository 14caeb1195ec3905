using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Audit;
using PublicPortal.Web.Features.Publishing;
using PublicPortal.Web.Features.Reference;

namespace PublicPortal.Web.Features.Imports;

public class ImportFailedException(string message) : Exception(message);

/// <summary>
/// The background work on a batch: validation (errors saved chunk by chunk, with ProcessedRows as progress) and the
/// import itself, in one transaction — every chosen row is stored as a draft, or nothing is.
/// </summary>
public class ImportProcessor(PortalDbContext db, ReferenceLookup lookup, ImportProgress progress, ImportHooks hooks,
    IOptions<ImportOptions> options, TimeProvider clock, ILogger<ImportProcessor> logger)
{
    private int Chunk => Math.Max(1, options.Value.ChunkSize);

    public async Task ValidateAsync(int batchId, CancellationToken ct)
    {
        await RunAsync(batchId, async (batch, schema, table, validator) =>
        {
            await db.ImportRowErrors.Where(e => e.ImportBatchId == batchId).ExecuteDeleteAsync(ct);
            await db.ImportBatches.Where(b => b.Id == batchId).ExecuteUpdateAsync(s => s
                .SetProperty(b => b.TotalRows, table.Rows.Count).SetProperty(b => b.ProcessedRows, 0), ct);
            int valid = 0, invalid = 0;
            foreach (var chunk in table.Rows.Chunk(Chunk))
            {
                foreach (var row in chunk.Select(validator.Check))
                {
                    if (row.IsValid) { valid++; continue; }
                    invalid++;
                    db.ImportRowErrors.AddRange(row.Errors.Select(e => new ImportRowError
                    {
                        ImportBatchId = batchId, RowNumber = row.Number, Column = e.Column,
                        Message = e.Message.Length > 500 ? e.Message[..500] : e.Message,
                    }));
                }
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
                var processed = valid + invalid;
                await db.ImportBatches.Where(b => b.Id == batchId)
                    .ExecuteUpdateAsync(s => s.SetProperty(b => b.ProcessedRows, processed), ct);
            }
            await db.ImportBatches.Where(b => b.Id == batchId).ExecuteUpdateAsync(s => s
                .SetProperty(b => b.Status, ImportStatus.Validated).SetProperty(b => b.ValidRows, valid)
                .SetProperty(b => b.InvalidRows, invalid).SetProperty(b => b.Error, (string?)null), ct);
        }, ct);
    }

    public async Task ImportAsync(int batchId, CancellationToken ct)
    {
        await RunAsync(batchId, async (batch, schema, table, validator) =>
        {
            // Checked again: entries may have been added since the report was made.
            var rows = table.Rows.Select(validator.Check).ToList();
            var chosen = rows.Where(r => r.IsValid).ToList();
            if (!batch.ValidRowsOnly && chosen.Count < rows.Count)
                throw new ImportFailedException($"有 {rows.Count - chosen.Count} 行未通过校验，请重新校验后再导入。");
            if (chosen.Count == 0) throw new ImportFailedException("没有可以导入的有效行。");
            var builder = new EntryBuilder(db, batch, clock.GetUtcNow().UtcDateTime);
            progress.Report(batchId, 0);
            try
            {
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                await builder.EnsureEnterprisesAsync(chosen, Chunk, ct);
                var stored = 0;
                foreach (var chunk in chosen.Chunk(Chunk))
                {
                    db.AddRange(chunk.Select(builder.Build));
                    await db.SaveChangesAsync(ct);
                    db.ChangeTracker.Clear();
                    stored += chunk.Length;
                    progress.Report(batchId, stored);
                    await hooks.AfterChunkAsync(batchId, stored, ct);
                }
                var now = clock.GetUtcNow().UtcDateTime;
                await db.ImportBatches.Where(b => b.Id == batchId).ExecuteUpdateAsync(s => s
                    .SetProperty(b => b.Status, ImportStatus.Imported).SetProperty(b => b.ImportedRows, stored)
                    .SetProperty(b => b.ProcessedRows, rows.Count).SetProperty(b => b.CompletedAt, now)
                    .SetProperty(b => b.Error, (string?)null), ct);
                var userName = await db.Users.Where(u => u.Id == batch.CreatedById).Select(u => u.UserName).SingleOrDefaultAsync(ct) ?? "";
                db.AuditEntries.Add(new AuditEntry
                {
                    At = now, UserId = batch.CreatedById, UserName = userName, Action = AuditActions.RegisterImport,
                    DepartmentId = batch.DepartmentId,
                    Subject = $"ImportBatch:{batchId}", Detail = $"{schema.Name}：从“{batch.FileName}”导入 {stored} 条草稿（文件共 {rows.Count} 行）",
                });
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
            }
            finally { progress.Clear(batchId); }
        }, ct);
    }

    /// <summary>Reads the batch's file and mapping, runs the step, and marks the batch Failed (in Chinese) when it throws.</summary>
    private async Task RunAsync(int batchId, Func<ImportBatch, ImportSchema, ImportTable, ImportValidator, Task> step, CancellationToken ct)
    {
        var batch = await db.ImportBatches.AsNoTracking().SingleAsync(b => b.Id == batchId, ct);
        try
        {
            var schema = ImportSchemas.For(batch.Register) ?? throw new ImportFailedException("这个名单不支持批量导入。");
            var table = ImportFile.Read(batch.FileName, batch.FileData);
            var remembered = await db.ImportMappings.AsNoTracking()
                .Where(m => m.DepartmentId == batch.DepartmentId && m.Register == batch.Register)
                .Select(m => m.MappingJson).SingleOrDefaultAsync(ct);
            // REVIEW: the mapping is the department's remembered one at the time of the step; a colleague saving a
            // different mapping for the same headers between validation and import would change what is imported.
            var mapping = ColumnMapping.Propose(schema, table.Headers, remembered);
            var reference = await lookup.GetAsync(ct);
            var existing = await ExistingKeys.LoadAsync(db, batch.Register, ct);
            var validator = new ImportValidator(schema, reference, existing, mapping);
            await step(batch, schema, table, validator);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            var message = e is ImportFailedException or ImportFileException ? e.Message : $"写入数据库时出错（{e.GetType().Name}）。";
            if (e is not (ImportFailedException or ImportFileException)) logger.LogError(e, "Import batch {Id} failed", batchId);
            db.ChangeTracker.Clear();
            var prefix = batch.Status == ImportStatus.Importing ? "导入失败，没有保存任何数据：" : "校验失败：";
            await db.ImportBatches.Where(b => b.Id == batchId).ExecuteUpdateAsync(s => s
                .SetProperty(b => b.Status, ImportStatus.Failed).SetProperty(b => b.Error, prefix + message)
                .SetProperty(b => b.CompletedAt, clock.GetUtcNow().UtcDateTime), CancellationToken.None);
        }
    }
}
