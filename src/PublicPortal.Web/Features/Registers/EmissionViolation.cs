namespace PublicPortal.Web.Features.Registers;

/// <summary>超标排放企业名单 / 处罚信息, published by the ecology and environment department.</summary>
public class EmissionViolation : RegisterEntry
{
    public string Pollutant { get; set; } = "";
    /// <summary>What was found, e.g. "颗粒物排放浓度 45mg/m³，超过特别排放限值 20mg/m³".</summary>
    public string Violation { get; set; } = "";
    public string? Standard { get; set; }
    /// <summary>情节严重: listed on the serious-cases list too.</summary>
    public bool IsSerious { get; set; }
    public DateOnly FoundOn { get; set; }
    public string? PenaltyDecisionNumber { get; set; }
    public DateOnly? PenaltyDecidedOn { get; set; }
    public string? Penalty { get; set; }
    public EnforcementStatus Status { get; set; }
}

public enum EnforcementStatus { Rectifying, Rectified, Closed }
