using PublicPortal.Web.Features.Content;
using PublicPortal.Web.Features.Reference;

namespace PublicPortal.Web.Features.Tips.Intake;

/// <summary>The other ways to report that the plans name (畅通举报渠道): 12345 and each coordination office.</summary>
public class ReportingChannels(ReferenceLookup lookup, PolicyLibrary policies)
{
    /// <summary>A coordination office, with the contact person its plan names where it names one.</summary>
    public sealed record Office(string Jurisdiction, string Name, string? Phone, string? Email, string? PlanContact, string? PlanSlug);

    public async Task<IReadOnlyList<Office>> OfficesAsync(CancellationToken ct)
    {
        var refs = await lookup.GetAsync(ct);
        return refs.Departments.Where(d => d.Kind == DepartmentKind.CoordinationOffice)
            .Select(d => (Department: d, Place: refs.Jurisdictions.First(j => j.Id == d.JurisdictionId)))
            .OrderBy(x => x.Place.Level).ThenBy(x => x.Place.SortOrder)
            .Select(x =>
            {
                var plan = policies.Documents.FirstOrDefault(p => p.JurisdictionCode == x.Place.Code && p.Contact is not null);
                return new Office(x.Place.Name, x.Department.Name, x.Department.Phone, x.Department.Email, plan?.Contact, plan?.Slug);
            })
            .ToList();
    }
}
