namespace PublicPortal.Web.Features.Reference;

/// <summary>
/// One line of the routing table taken from the plans: in <see cref="Jurisdiction"/>, the subject (an aspect code such
/// as "energy", or a named subject such as "ditiaogang") is answered for by <see cref="Department"/>, either as lead
/// (主办) or assisting (协办). Kept as data so each jurisdiction's staff can edit it.
/// </summary>
public class Responsibility
{
    public int Id { get; set; }
    public int JurisdictionId { get; set; }
    public Jurisdiction Jurisdiction { get; set; } = null!;
    public string Subject { get; set; } = "";
    public int DepartmentId { get; set; }
    public Department Department { get; set; } = null!;
    public ResponsibilityRole Role { get; set; }
    public int SortOrder { get; set; }
}

public enum ResponsibilityRole { Lead, Assist }
