using Microsoft.EntityFrameworkCore;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Audit;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.Web.Features.Reference;

/// <summary>部门管理: creating and editing departments, audited. The code is fixed at creation: the seeder and the
/// routing table recognise a department by it.</summary>
public class DepartmentAdministration(PortalDbContext db, AuditLog audit, ReferenceCache cache)
{
    public sealed record Fields(string Name, DepartmentKind Kind, int JurisdictionId, string? Email, string? Phone);
    public sealed record Group(string Jurisdiction, IReadOnlyList<Department> Departments);

    /// <summary>Every department, grouped by jurisdiction in the tree's order (province, then cities, then districts).</summary>
    public async Task<IReadOnlyList<Group>> ListAsync(CancellationToken ct = default)
    {
        var departments = await db.Departments.AsNoTracking().ToListAsync(ct);
        var tree = ReferenceNames.InTreeOrder(await db.Jurisdictions.AsNoTracking().ToListAsync(ct));
        return tree
            .Select(j => new Group(j.Name,
                departments.Where(d => d.JurisdictionId == j.Id).OrderBy(d => d.Kind).ThenBy(d => d.Code).ToList()))
            .Where(g => g.Departments.Count > 0)
            .ToList();
    }

    public async Task<(int? Id, IReadOnlyList<AdminError> Errors)> CreateAsync(string code, Fields input, CancellationToken ct = default)
    {
        code = code.Trim();
        if (await db.Departments.AnyAsync(d => d.Code == code, ct)) return (null, [new("Code", $"代码 {code} 已被其他部门使用。")]);
        if (await JurisdictionAsync(input.JurisdictionId, ct) is not { } place) return (null, [new("JurisdictionId", "请选择有效的行政区划。")]);
        var department = new Department { Code = code };
        Apply(department, input);
        db.Departments.Add(department);
        await db.SaveChangesAsync(ct);
        audit.Record(AuditActions.AdminChange, $"Department:{department.Id}",
            $"新建部门 {department.Name}（{code}），{place.Name}，类型：{input.Kind.Name()}，邮箱：{Show(input.Email)}，电话：{Show(input.Phone)}");
        await db.SaveChangesAsync(ct);
        cache.Invalidate();
        return (department.Id, []);
    }

    /// <summary>Null when there is no such department.</summary>
    public async Task<IReadOnlyList<AdminError>?> UpdateAsync(int id, Fields input, CancellationToken ct = default)
    {
        var department = await db.Departments.Include(d => d.Jurisdiction).SingleOrDefaultAsync(d => d.Id == id, ct);
        if (department is null) return null;
        if (await JurisdictionAsync(input.JurisdictionId, ct) is not { } place) return [new("JurisdictionId", "请选择有效的行政区划。")];
        var changes = new List<string>();
        void Note(string label, string? before, string? after)
        {
            if (before != after) changes.Add($"{label}：{Show(before)} → {Show(after)}");
        }
        Note("名称", department.Name, input.Name.Trim());
        Note("类型", department.Kind.Name(), input.Kind.Name());
        Note("行政区划", department.Jurisdiction.Name, place.Name);
        Note("邮箱", department.Email, Clean(input.Email));
        Note("电话", department.Phone, Clean(input.Phone));
        if (changes.Count == 0) return [];
        Apply(department, input);
        audit.Record(AuditActions.AdminChange, $"Department:{id}", $"修改部门 {department.Code}：" + string.Join("；", changes));
        await db.SaveChangesAsync(ct);
        cache.Invalidate();
        return [];
    }

    private Task<Jurisdiction?> JurisdictionAsync(int id, CancellationToken ct) =>
        db.Jurisdictions.SingleOrDefaultAsync(j => j.Id == id, ct);

    private static void Apply(Department d, Fields input)
    {
        d.Name = input.Name.Trim();
        d.Kind = input.Kind;
        d.JurisdictionId = input.JurisdictionId;
        d.Email = Clean(input.Email);
        d.Phone = Clean(input.Phone);
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    internal static string Show(string? value) => string.IsNullOrEmpty(value) ? "（空）" : value;
}
