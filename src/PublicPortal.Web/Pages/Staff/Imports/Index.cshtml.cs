using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Imports;
using PublicPortal.Web.Features.Publishing;
using PublicPortal.Web.Features.Registers;
using PublicPortal.Web.Features.Staff;

namespace PublicPortal.Web.Pages.Staff.Imports;

/// <summary>批量导入: upload a department's spreadsheet into a register; lists the department's own batches.</summary>
public class IndexModel(PortalDbContext db, CurrentStaff staff, IOptions<ImportOptions> options, TimeProvider clock) : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();
    public IReadOnlyList<Row> Batches { get; private set; } = [];
    public bool HasDepartment => staff.DepartmentId is not null;
    public string MaxSize => $"{options.Value.MaxFileBytes / 1024.0 / 1024.0:0.#} MB";

    public async Task OnGetAsync(string? register, CancellationToken ct)
    {
        if (Enum.TryParse<RegisterKind>(register, out var kind) && ImportSchemas.For(kind) is not null) Input.Register = kind;
        var own = staff.DepartmentId ?? -1;
        Batches = await db.ImportBatches.AsNoTracking().Where(b => b.DepartmentId == own).OrderByDescending(b => b.Id).Take(50)
            .Select(b => new Row(b.Id, b.Register, b.FileName, b.Status, b.TotalRows, b.ValidRows, b.InvalidRows, b.ImportedRows,
                b.CreatedAt))
            .ToListAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (staff.DepartmentId is not { } own) return NotFound();
        var file = Input.File;
        if (ImportSchemas.For(Input.Register ?? (RegisterKind)(-1)) is null) ModelState.AddModelError("Input.Register", "请选择要导入的名单");
        if (file is null || file.Length == 0) ModelState.AddModelError("Input.File", "请选择要上传的文件");
        else if (!ImportFile.IsSupported(file.FileName)) ModelState.AddModelError("Input.File", ImportFile.Unsupported);
        else if (file.Length > options.Value.MaxFileBytes)
            ModelState.AddModelError("Input.File", $"文件太大（{file.Length / 1024.0 / 1024.0:0.#} MB），最大 {MaxSize}。请拆分成几个文件分批导入。");
        if (!ModelState.IsValid)
        {
            await OnGetAsync(null, ct);
            return Page();
        }
        using var buffer = new MemoryStream();
        await file!.CopyToAsync(buffer, ct);
        var batch = new ImportBatch
        {
            DepartmentId = own, Register = Input.Register!.Value,
            FileName = Path.GetFileName(file.FileName) is { Length: <= 200 } n ? n : "upload" + Path.GetExtension(file.FileName),
            FileData = buffer.ToArray(), Status = ImportStatus.Uploaded, CreatedById = staff.Id, CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.ImportBatches.Add(batch);
        await db.SaveChangesAsync(ct);
        return Redirect($"/staff/imports/mapping?id={batch.Id}");
    }

    public sealed record Row(int Id, RegisterKind Register, string FileName, ImportStatus Status, int Total, int Valid, int Invalid,
        int Imported, DateTime CreatedAt);

    public class InputModel
    {
        [Required(ErrorMessage = "请选择要导入的名单")] public RegisterKind? Register { get; set; } = RegisterKind.PhaseOut;
        public IFormFile? File { get; set; }
    }
}
