namespace PublicPortal.Web.Features.Registers;

/// <summary>A row of the annual list 年度落后产能退出企业名单、设备（生产线）和产能情况.</summary>
public class PhaseOutEntry : RegisterEntry
{
    /// <summary>The main equipment or production line, e.g. "1×450m³ 高炉".</summary>
    public string Equipment { get; set; } = "";
    public double Capacity { get; set; }
    /// <summary>Unit as published, e.g. 万吨/年.</summary>
    public string CapacityUnit { get; set; } = "";
    public PhaseOutMeasure Measure { get; set; }
    public DateOnly? CompletedOn { get; set; }
    public DateOnly? AcceptedOn { get; set; }
    public PhaseOutStatus Status { get; set; }
    public string? Remarks { get; set; }
}

public enum PhaseOutMeasure { Dismantled, Sealed, UtilitiesCut, PowerUnitRemoved, ClosedDown }

public enum PhaseOutStatus { Planned, Completed, Accepted }
