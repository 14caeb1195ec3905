namespace PublicPortal.Web.Features.Registers;

/// <summary>
/// 封存公告: equipment that could not be dismantled at once is sealed, the enterprise pledges publicly never to restart,
/// and the notice is published for public supervision with a dismantling deadline.
/// </summary>
public class SealingNotice : RegisterEntry
{
    public string NoticeNumber { get; set; } = "";
    public string SealedEquipment { get; set; } = "";
    public SealingMeasures Measures { get; set; }
    public DateOnly SealedOn { get; set; }
    public DateOnly DismantleDeadline { get; set; }
    public DateOnly? DismantledOn { get; set; }
    public SealingStatus Status { get; set; }
    /// <summary>The enterprise's 公开承诺不再恢复生产, verbatim.</summary>
    public string PledgeText { get; set; } = "";
    public string PledgeSignatory { get; set; } = "";
    public DateOnly PledgedOn { get; set; }
    /// <summary>The scanned, signed pledge (PDF or image), public.</summary>
    public int? PledgeScanId { get; set; }
    public Publishing.PublishedFile? PledgeScan { get; set; }
    public List<Reinspection> Reinspections { get; set; } = [];
}

[Flags]
public enum SealingMeasures
{
    None = 0,
    WaterCut = 1,          // 断水
    PowerCut = 2,          // 断电
    PowerUnitRemoved = 4,  // 拆除动力装置
    EquipmentSealed = 8,   // 封存主体设备
}

public enum SealingStatus { Sealed, Dismantled }

/// <summary>复查 / 回头看: a later inspection of sealed or exited capacity.</summary>
public class Reinspection
{
    public int Id { get; set; }
    public int SealingNoticeId { get; set; }
    public DateOnly InspectedOn { get; set; }
    public string Inspector { get; set; } = "";
    public ReinspectionResult Result { get; set; }
    public string? Notes { get; set; }
}

public enum ReinspectionResult { Intact, ProductionResumed, Dismantled }
