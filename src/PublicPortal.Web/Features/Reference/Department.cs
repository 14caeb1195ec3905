namespace PublicPortal.Web.Features.Reference;

/// <summary>A government department of one jurisdiction, e.g. 深圳市应急管理局 or 湛江市淘汰落后产能工作协调小组办公室.</summary>
public class Department
{
    public int Id { get; set; }
    /// <summary>Stable code: jurisdiction code + kind, e.g. "440300-emergency".</summary>
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public DepartmentKind Kind { get; set; }
    public int JurisdictionId { get; set; }
    public Jurisdiction Jurisdiction { get; set; } = null!;
    public string? Email { get; set; }
    public string? Phone { get; set; }
}

public enum DepartmentKind
{
    CoordinationOffice,   // 淘汰落后产能工作协调小组办公室 (sits in the 工业和信息化 bureau)
    IndustryIt,           // 工业和信息化
    DevelopmentReform,    // 发展和改革
    Ecology,              // 生态环境
    MarketRegulation,     // 市场监督管理
    EmergencyManagement,  // 应急管理
    Energy,               // 能源
    NaturalResources,     // 自然资源
    Water,                // 水务
}
