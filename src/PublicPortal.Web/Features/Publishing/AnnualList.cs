namespace PublicPortal.Web.Features.Publishing;

/// <summary>
/// 年度落后产能退出企业名单, compiled by a coordination office from its departments' completed phase-out entries and
/// published as a dated version. A correction publishes a new version; every version stays available, and the public
/// can compare any two (added, removed, changed rows).
/// </summary>
public class AnnualList
{
    public int Id { get; set; }
    public int JurisdictionId { get; set; }
    public int Year { get; set; }
    public int Version { get; set; }
    public DateTime PublishedAt { get; set; }
    public int CompiledById { get; set; }
    public int DepartmentId { get; set; }
    /// <summary>Why this version was published (e.g. the correction it makes).</summary>
    public string? Note { get; set; }
    public List<AnnualListRow> Rows { get; set; } = [];
}

/// <summary>A row of a published version: a snapshot, so a version never changes after publication.</summary>
public class AnnualListRow
{
    public long Id { get; set; }
    public int AnnualListId { get; set; }
    public int PhaseOutEntryId { get; set; }
    public string EnterpriseName { get; set; } = "";
    public string CreditCode { get; set; } = "";
    public string Place { get; set; } = "";
    public string? Industry { get; set; }
    public string Equipment { get; set; } = "";
    public double Capacity { get; set; }
    public string CapacityUnit { get; set; } = "";
    public string Measure { get; set; } = "";
    public DateOnly? CompletedOn { get; set; }
    public DateOnly? AcceptedOn { get; set; }
    public string Department { get; set; } = "";
}
