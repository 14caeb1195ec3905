using Microsoft.EntityFrameworkCore;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Content;
using PublicPortal.Web.Features.Enterprises;
using PublicPortal.Web.Features.Reference;

namespace PublicPortal.Web.Features.Search;

/// <summary>
/// 全站搜索: policy documents in memory (there are few, already parsed), announcements, enterprises and requirement
/// items in the database. Each kind is counted in full and shows its first <see cref="HitsPerKind"/> hits.
/// </summary>
public class SiteSearch(PortalDbContext db, PolicyLibrary policies)
{
    public const int HitsPerKind = 10;

    public sealed record Hit(string Title, string Url, Snippet Snippet, bool IsSample = false);

    public sealed record Group(string Id, string Heading, int Total, IReadOnlyList<Hit> Hits, string? MoreUrl = null);

    public sealed record Results(string Keyword, IReadOnlyList<Group> Groups)
    {
        public int Total => Groups.Sum(g => g.Total);
    }

    public async Task<Results> SearchAsync(string keyword, CancellationToken ct) => new(keyword,
    [
        SearchPolicies(keyword),
        await SearchAnnouncementsAsync(keyword, ct),
        await SearchEnterprisesAsync(keyword, ct),
        await SearchRequirementsAsync(keyword, ct),
    ]);

    private Group SearchPolicies(string k)
    {
        var matches = policies.Documents
            .Where(d => d.Title.Contains(k, StringComparison.OrdinalIgnoreCase)
                || d.PlainText.Contains(k, StringComparison.OrdinalIgnoreCase))
            .ToList();
        var hits = matches.Take(HitsPerKind)
            .Select(d => new Hit(d.Title, $"/policies/{d.Slug}",
                Snippet.Around(d.PlainText.Contains(k, StringComparison.OrdinalIgnoreCase) ? d.PlainText : d.Summary, k)))
            .ToList();
        return new Group("policies", "政策文件", matches.Count, hits);
    }

    private async Task<Group> SearchAnnouncementsAsync(string k, CancellationToken ct)
    {
        var query = db.Announcements.AsNoTracking().Where(a => a.State == Registers.PublicationState.Published)
            .Where(a => a.Title.Contains(k) || a.Summary.Contains(k));
        var rows = await query.OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id).Take(HitsPerKind)
            .Select(a => new { a.Id, a.Title, a.Summary, a.IsSample }).ToListAsync(ct);
        return new Group("announcements", "通知公告", await query.CountAsync(ct),
            rows.Select(a => new Hit(a.Title, $"/announcements/{a.Id}", Snippet.Around(a.Summary, k), a.IsSample)).ToList());
    }

    private async Task<Group> SearchEnterprisesAsync(string k, CancellationToken ct)
    {
        var query = db.Enterprises.AsNoTracking().Matching(k);
        var rows = await query.OrderBy(e => e.Name).ThenBy(e => e.Id).Take(HitsPerKind)
            .Select(e => new { e.Name, e.CreditCode, Place = e.Jurisdiction.Name, e.IsSample }).ToListAsync(ct);
        var code = CreditCode.Normalize(k);
        return new Group("enterprises", "企业", await query.CountAsync(ct),
            rows.Select(e => new Hit(e.Name, $"/enterprises/{e.CreditCode}",
                Snippet.Around($"{e.Name} 统一社会信用代码 {e.CreditCode} {e.Place}", e.CreditCode.Contains(code) ? code : k),
                e.IsSample)).ToList(),
            $"/enterprises?q={Uri.EscapeDataString(k)}");
    }

    private async Task<Group> SearchRequirementsAsync(string k, CancellationToken ct)
    {
        var query = db.IndustryRequirements.AsNoTracking().Where(r => r.Text.Contains(k) || r.Standards.Contains(k));
        var rows = await query.OrderBy(r => r.DocumentSlug).ThenBy(r => r.TableNumber).ThenBy(r => r.RowNumber).ThenBy(r => r.ItemNumber)
            .Take(HitsPerKind)
            .Select(r => new
            {
                r.DocumentSlug, r.TableNumber, r.TableTitle, r.Text, r.Standards, Industries = r.Industries.Select(i => i.Name).ToList(),
            })
            .ToListAsync(ct);
        return new Group("requirements", "行业淘汰要求", await query.CountAsync(ct),
            rows.Select(r => new Hit($"表{r.TableNumber} {r.TableTitle}（{string.Join("、", r.Industries)}）",
                $"/requirements#t-{r.DocumentSlug}-{r.TableNumber}",
                Snippet.Around(r.Text.Contains(k, StringComparison.OrdinalIgnoreCase) ? r.Text : $"{r.Text} 依据标准：{r.Standards}", k)))
                .ToList());
    }
}
