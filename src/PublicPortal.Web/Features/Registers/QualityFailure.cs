namespace PublicPortal.Web.Features.Registers;

/// <summary>不合格产品及其生产企业, published by the market regulation department.</summary>
public class QualityFailure : RegisterEntry
{
    public string ProductName { get; set; } = "";
    public string? Specification { get; set; }
    public string? Batch { get; set; }
    public string FailedItems { get; set; } = "";
    public string? Standard { get; set; }
    public DateOnly InspectedOn { get; set; }
    public string? InspectionAgency { get; set; }
    public string? Handling { get; set; }
    public EnforcementStatus Status { get; set; }
}
