namespace PublicPortal.Web.Features.Reference;

/// <summary>A focus industry (钢铁, 水泥 …); Shenzhen's 2019 plan names twelve.</summary>
public class Industry
{
    public int Id { get; set; }
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public int SortOrder { get; set; }
}
