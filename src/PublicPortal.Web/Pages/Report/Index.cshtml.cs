using Microsoft.AspNetCore.Mvc.RazorPages;
using PublicPortal.Web.Features.Content;
using PublicPortal.Web.Features.Reference;
using PublicPortal.Web.Features.Reporting;

namespace PublicPortal.Web.Pages.Report;

/// <summary>我要举报: the channels the plans name, until the online form (tip-offs) is built.</summary>
public class IndexModel(ReportReferral referrals, ReferenceLookup lookup, PolicyLibrary policies) : PageModel
{
    public ReportReferral.Record? Referral { get; private set; }
    public IReadOnlyList<Office> Offices { get; private set; } = [];

    /// <summary>A coordination office, with the contact person its plan names where it names one.</summary>
    public sealed record Office(string Jurisdiction, string Name, string? Phone, string? Email, string? PlanContact, string? PlanSlug);

    public async Task OnGetAsync(string? source, string? id, string? code, CancellationToken ct)
    {
        Referral = await referrals.FindAsync(source, id, code, ct);
        var refs = await lookup.GetAsync(ct);
        Offices = refs.Departments.Where(d => d.Kind == DepartmentKind.CoordinationOffice)
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
