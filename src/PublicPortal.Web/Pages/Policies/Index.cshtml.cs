using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PublicPortal.Web.Features.Content;
using PublicPortal.Web.Features.Reference;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.Web.Pages.Policies;

/// <summary>政策文件: the few documents of content/policies, filtered in memory by ?jurisdiction=&amp;year=.</summary>
public class IndexModel(PolicyLibrary library, ReferenceLookup lookup) : PageModel
{
    public IReadOnlyList<PolicyDocument> Documents { get; private set; } = [];
    public IReadOnlyList<(string Code, string Name)> Jurisdictions { get; private set; } = [];
    public IReadOnlyList<int> Years { get; private set; } = [];
    public string? Jurisdiction { get; private set; }
    public int? Year { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? jurisdiction, string? year, CancellationToken ct)
    {
        var refs = await lookup.GetAsync(ct);
        Jurisdictions = library.Documents.Select(d => d.JurisdictionCode).Distinct()
            .Select(code => refs.Jurisdiction(code) ?? new Jurisdiction { Code = code, Name = code })
            .OrderBy(j => j.Level).ThenBy(j => j.SortOrder).Select(j => (j.Code, j.Name)).ToList();
        Years = library.Documents.Select(d => d.Year).Distinct().OrderDescending().ToList();

        if (!string.IsNullOrEmpty(jurisdiction))
        {
            if (refs.Jurisdiction(jurisdiction) is null) return this.BadRequestPage($"未知的地区代码：{QueryEcho.Clip(jurisdiction)}");
            Jurisdiction = jurisdiction;
        }
        if (!string.IsNullOrEmpty(year))
        {
            if (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y is < 1990 or > 2100)
                return this.BadRequestPage($"年份应为四位数字，例如 2023，而不是“{QueryEcho.Clip(year)}”");
            Year = y;
        }
        Documents = library.Documents
            .Where(d => Jurisdiction is null || d.JurisdictionCode == Jurisdiction)
            .Where(d => Year is null || d.Year == Year)
            .ToList();
        return Page();
    }

    public string JurisdictionName(string code) => Jurisdictions.FirstOrDefault(j => j.Code == code).Name ?? code;
}
