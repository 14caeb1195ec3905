namespace PublicPortal.Web.Features.Reference;

/// <summary>One of the five aspects (方面) every plan splits the work into: 能耗, 环保, 质量, 安全, 技术.</summary>
public class Aspect
{
    public int Id { get; set; }
    /// <summary>energy, environment, quality, safety, technology.</summary>
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public int SortOrder { get; set; }
}
