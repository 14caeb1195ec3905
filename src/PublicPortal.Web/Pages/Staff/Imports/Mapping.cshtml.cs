using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Imports;
using PublicPortal.Web.Features.Publishing;
using PublicPortal.Web.Features.Staff;

namespace PublicPortal.Web.Pages.Staff.Imports;

/// <summary>
/// 对应列: each header of the file gets a target field, proposed from what the department chose last time for the same
/// header, else from the field's Chinese names. The choice is remembered for the department and register.
/// </summary>
public class MappingModel(PortalDbContext db, CurrentStaff staff, ImportQueue queue, TimeProvider clock) : PageModel
{
    [BindProperty] public List<string?> Columns { get; set; } = [];
    public ImportBatch Batch { get; private set; } = null!;
    public ImportSchema Schema { get; private set; } = null!;
    public ImportTable Table { get; private set; } = null!;
    public string? FileError { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (FileError is null)
        {
            var proposed = ColumnMapping.Propose(Schema, Table.Headers, await RememberedAsync(ct));
            Columns = Table.Headers.Select((_, i) => proposed.GetValueOrDefault(i)).ToList();
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (FileError is not null) return Page();
        var chosen = new Dictionary<int, string>();
        for (var i = 0; i < Table.Headers.Count; i++)
        {
            if (Columns.ElementAtOrDefault(i) is not { Length: > 0 } key || Schema.Field(key) is not { } field) continue;
            if (chosen.ContainsValue(key)) ModelState.AddModelError(string.Empty, $"「{field.Label}」对应了不止一列，请只选一列。");
            else chosen[i] = key;
        }
        foreach (var field in Schema.Fields.Where(f => f.Required && !chosen.ContainsValue(f.Key)))
            ModelState.AddModelError(string.Empty, $"必填字段「{field.Label}」没有对应的列。");
        if (!ModelState.IsValid) return Page();

        var mapping = await db.ImportMappings
            .SingleOrDefaultAsync(m => m.DepartmentId == Batch.DepartmentId && m.Register == Batch.Register, ct);
        if (mapping is null)
            db.ImportMappings.Add(mapping = new ImportMapping { DepartmentId = Batch.DepartmentId, Register = Batch.Register });
        mapping.MappingJson = ColumnMapping.Remember(mapping.MappingJson, Table.Headers, chosen);
        mapping.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        await db.ImportBatches.Where(b => b.Id == Batch.Id).ExecuteUpdateAsync(s => s
            .SetProperty(b => b.Status, ImportStatus.Validating).SetProperty(b => b.ProcessedRows, 0)
            .SetProperty(b => b.Error, (string?)null), ct);
        queue.Notify();
        return Redirect($"/staff/imports/batch?id={Batch.Id}");
    }

    private async Task<bool> LoadAsync(int? id, CancellationToken ct)
    {
        var own = staff.DepartmentId ?? -1;
        var batch = await db.ImportBatches.AsNoTracking().SingleOrDefaultAsync(b => b.Id == id && b.DepartmentId == own, ct);
        // Columns can be chosen again until the import starts.
        if (batch is null || batch.Status is not (ImportStatus.Uploaded or ImportStatus.Validated or ImportStatus.Failed)
            || batch.ImportedRows > 0)
            return false;
        if (ImportSchemas.For(batch.Register) is not { } schema) return false;
        (Batch, Schema) = (batch, schema);
        try { Table = ImportFile.Read(batch.FileName, batch.FileData, maxRows: 3); }
        catch (ImportFileException e) { FileError = e.Message; }
        return true;
    }

    private Task<string?> RememberedAsync(CancellationToken ct) => db.ImportMappings.AsNoTracking()
        .Where(m => m.DepartmentId == Batch.DepartmentId && m.Register == Batch.Register)
        .Select(m => m.MappingJson).SingleOrDefaultAsync(ct);
}
