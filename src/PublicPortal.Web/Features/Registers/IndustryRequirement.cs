using PublicPortal.Web.Features.Reference;

namespace PublicPortal.Web.Features.Registers;

/// <summary>
/// One numbered item of a plan's requirement table (Shenzhen 2019 表1–表5), loaded from content/requirements/*.yaml.
/// </summary>
public class IndustryRequirement
{
    public int Id { get; set; }
    /// <summary>The policy document's slug, e.g. shenzhen-2019.</summary>
    public string DocumentSlug { get; set; } = "";
    public int JurisdictionId { get; set; }
    public Jurisdiction Jurisdiction { get; set; } = null!;
    public int TableNumber { get; set; }
    public string TableTitle { get; set; } = "";
    public int RowNumber { get; set; }
    public int ItemNumber { get; set; }
    public int AspectId { get; set; }
    public Aspect Aspect { get; set; } = null!;
    public string Text { get; set; } = "";
    /// <summary>Standards cited by the item, "; "-separated as "GB 16780-2012".</summary>
    public string Standards { get; set; } = "";
    public List<Industry> Industries { get; set; } = [];
}
