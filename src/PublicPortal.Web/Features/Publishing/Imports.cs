using PublicPortal.Web.Features.Registers;
namespace PublicPortal.Web.Features.Publishing;

/// <summary>A department's remembered column mapping for a register: spreadsheet header → field name, as JSON.</summary>
public class ImportMapping
{
    public int Id { get; set; }
    public int DepartmentId { get; set; }
    public RegisterKind Register { get; set; }
    public string MappingJson { get; set; } = "{}";
    public DateTime UpdatedAt { get; set; }
}

/// <summary>
/// One uploaded spreadsheet (CSV in UTF-8 or GBK, or XLSX) on its way into a register: stored, validated row by row in
/// the background with visible progress, then imported in one transaction — completely, or not at all.
/// </summary>
public class ImportBatch
{
    public int Id { get; set; }
    public int DepartmentId { get; set; }
    public RegisterKind Register { get; set; }
    public string FileName { get; set; } = "";
    public byte[] FileData { get; set; } = [];
    public ImportStatus Status { get; set; }
    public int TotalRows { get; set; }
    public int ProcessedRows { get; set; }
    public int ValidRows { get; set; }
    public int InvalidRows { get; set; }
    public int ImportedRows { get; set; }
    /// <summary>Import only the valid rows (the user's choice after seeing the report).</summary>
    public bool ValidRowsOnly { get; set; }
    public string? Error { get; set; }
    public int CreatedById { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? CompletedAt { get; set; }
    public List<ImportRowError> Errors { get; set; } = [];
}

public enum ImportStatus { Uploaded, Validating, Validated, Importing, Imported, Failed, Cancelled }

/// <summary>A line of the validation report: row number (as in the spreadsheet), column and a Chinese message.</summary>
public class ImportRowError
{
    public long Id { get; set; }
    public int ImportBatchId { get; set; }
    public int RowNumber { get; set; }
    public string Column { get; set; } = "";
    public string Message { get; set; } = "";
}
