using Microsoft.EntityFrameworkCore;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Audit;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.Web.Features.Reference;

/// <summary>
/// 派单规则: the routing table (<see cref="Responsibility"/>) of one jurisdiction, per subject. Lead rows come before
/// assisting rows and each keeps its own order, which is the order <see cref="Tips.TipRouter"/> reads; the router reads
/// the table on every tip-off, so a change applies to the next one.
/// </summary>
public class RoutingAdministration(PortalDbContext db, AuditLog audit, ReferenceCache cache)
{
    public sealed record Row(int Id, string Subject, int DepartmentId, string Department, ResponsibilityRole Role);

    public async Task<IReadOnlyList<Row>> ListAsync(int jurisdictionId, CancellationToken ct = default) =>
        // Ordered here, not in SQL: the role is stored by name, and "Assist" sorts before "Lead" in the database.
        (await db.Responsibilities.AsNoTracking().Where(r => r.JurisdictionId == jurisdictionId)
            .Select(r => new { Row = new Row(r.Id, r.Subject, r.DepartmentId, r.Department.Name, r.Role), r.SortOrder })
            .ToListAsync(ct))
            .OrderBy(r => r.Row.Subject).ThenBy(r => r.Row.Role).ThenBy(r => r.SortOrder).ThenBy(r => r.Row.Id)
            .Select(r => r.Row).ToList();

    /// <summary>The departments that may be named in a jurisdiction's rules: its own and those of the levels above.</summary>
    public async Task<IReadOnlyList<Department>> CandidatesAsync(int jurisdictionId, CancellationToken ct = default)
    {
        var chain = new List<int>();
        for (int? id = jurisdictionId; id is { } current && !chain.Contains(current);)
        {
            chain.Add(current);
            id = await db.Jurisdictions.Where(j => j.Id == current).Select(j => j.ParentId).SingleOrDefaultAsync(ct);
        }
        var departments = await db.Departments.AsNoTracking().Where(d => chain.Contains(d.JurisdictionId)).ToListAsync(ct);
        return departments.OrderBy(d => chain.IndexOf(d.JurisdictionId)).ThenBy(d => d.Kind).ThenBy(d => d.Code).ToList();
    }

    public async Task<IReadOnlyList<AdminError>> AddAsync(int jurisdictionId, string subject, int departmentId, ResponsibilityRole role,
        CancellationToken ct = default)
    {
        if (ReferenceNames.Subjects.All(s => s.Code != subject)) return [new("Subject", "请选择事项。")];
        var place = await db.Jurisdictions.SingleOrDefaultAsync(j => j.Id == jurisdictionId, ct);
        if (place is null) return [new("", "行政区划不存在。")];
        if ((await CandidatesAsync(jurisdictionId, ct)).FirstOrDefault(d => d.Id == departmentId) is not { } department)
            return [new("DepartmentId", "请选择本地或上级的部门。")];
        if (await db.Responsibilities.AnyAsync(
                r => r.JurisdictionId == jurisdictionId && r.Subject == subject && r.DepartmentId == departmentId, ct))
            return [new("DepartmentId", $"{department.Name} 已在“{ReferenceNames.SubjectName(subject)}”的派单规则中。")];
        if (role == ResponsibilityRole.Lead && await db.Responsibilities
                .Where(r => r.JurisdictionId == jurisdictionId && r.Subject == subject && r.Role == ResponsibilityRole.Lead)
                .Select(r => r.Department.Name).FirstOrDefaultAsync(ct) is { } lead)
            return [new("Role", $"“{ReferenceNames.SubjectName(subject)}”已有主办部门 {lead}；每个事项只设一个主办，请先删除原主办或将本部门设为协办。")];
        var last = await db.Responsibilities.Where(r => r.JurisdictionId == jurisdictionId && r.Subject == subject)
            .MaxAsync(r => (int?)r.SortOrder, ct) ?? -1;
        db.Responsibilities.Add(new Responsibility
        {
            JurisdictionId = jurisdictionId, Subject = subject, DepartmentId = departmentId, Role = role, SortOrder = last + 1,
        });
        audit.Record(AuditActions.AdminChange, $"Routing:{place.Code}:{subject}",
            $"派单规则 {place.Name}·{ReferenceNames.SubjectName(subject)}：增加 {department.Name}（{role.Name()}）");
        await SaveAsync(ct);
        return [];
    }

    /// <summary>False when there is no such row in the jurisdiction.</summary>
    public async Task<bool> RemoveAsync(int jurisdictionId, int id, CancellationToken ct = default)
    {
        var row = await db.Responsibilities.Include(r => r.Department).Include(r => r.Jurisdiction)
            .SingleOrDefaultAsync(r => r.Id == id && r.JurisdictionId == jurisdictionId, ct);
        if (row is null) return false;
        db.Responsibilities.Remove(row);
        audit.Record(AuditActions.AdminChange, $"Routing:{row.Jurisdiction.Code}:{row.Subject}",
            $"派单规则 {row.Jurisdiction.Name}·{ReferenceNames.SubjectName(row.Subject)}：删除 {row.Department.Name}（{row.Role.Name()}）");
        await SaveAsync(ct);
        return true;
    }

    /// <summary>Moves a row one place up (<paramref name="delta"/> −1) or down (+1) among the rows of the same subject and
    /// role. False when there is no such row; a row already at the edge stays where it is.</summary>
    public async Task<bool> MoveAsync(int jurisdictionId, int id, int delta, CancellationToken ct = default)
    {
        var row = await db.Responsibilities.Include(r => r.Department).Include(r => r.Jurisdiction)
            .SingleOrDefaultAsync(r => r.Id == id && r.JurisdictionId == jurisdictionId, ct);
        if (row is null) return false;
        var group = (await db.Responsibilities.Include(r => r.Department)
                .Where(r => r.JurisdictionId == jurisdictionId && r.Subject == row.Subject).ToListAsync(ct))
            .OrderBy(r => r.Role).ThenBy(r => r.SortOrder).ThenBy(r => r.Id).ToList();
        var index = group.IndexOf(row);
        var target = index + Math.Sign(delta);
        if (target < 0 || target >= group.Count || group[target].Role != row.Role) return true;
        (group[index], group[target]) = (group[target], group[index]);
        for (var i = 0; i < group.Count; i++) group[i].SortOrder = i; // renumber: seeded rows may share an order
        audit.Record(AuditActions.AdminChange, $"Routing:{row.Jurisdiction.Code}:{row.Subject}",
            $"派单规则 {row.Jurisdiction.Name}·{ReferenceNames.SubjectName(row.Subject)}："
            + $"{row.Department.Name}（{row.Role.Name()}）{(delta < 0 ? "上移" : "下移")}，"
            + "现顺序：" + string.Join("、", group.Select(r => r.Department.Name)));
        await SaveAsync(ct);
        return true;
    }

    private async Task SaveAsync(CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        cache.Invalidate();
    }
}
