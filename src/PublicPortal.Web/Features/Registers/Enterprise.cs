using PublicPortal.Web.Features.Reference;

namespace PublicPortal.Web.Features.Registers;

/// <summary>An enterprise named in any register, identified by its 统一社会信用代码.</summary>
public class Enterprise
{
    public int Id { get; set; }
    public string CreditCode { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Address { get; set; }
    public int JurisdictionId { get; set; }
    public Jurisdiction Jurisdiction { get; set; } = null!;
    /// <summary>Fictional data shipped so a new installation shows a living site; labelled 示例数据 wherever shown.</summary>
    public bool IsSample { get; set; }
}
