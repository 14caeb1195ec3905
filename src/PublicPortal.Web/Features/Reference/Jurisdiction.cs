namespace PublicPortal.Web.Features.Reference;

/// <summary>A node of the administrative tree: 广东省 → cities → counties and districts (and functional areas).</summary>
public class Jurisdiction
{
    public int Id { get; set; }
    /// <summary>GB/T 2260 division code where one exists (e.g. "440300"); functional areas use "440300-dp"-style codes.</summary>
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public JurisdictionLevel Level { get; set; }
    public int? ParentId { get; set; }
    public Jurisdiction? Parent { get; set; }
    public int SortOrder { get; set; }
}

public enum JurisdictionLevel { Province = 1, City = 2, County = 3 }
