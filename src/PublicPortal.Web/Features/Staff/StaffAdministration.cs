using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Audit;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.Web.Features.Staff;

/// <summary>
/// 人员管理 for administrators: accounts, roles and departments, disabling, and the two resets. Every change is audited;
/// whatever weakens an existing session (disabling, either reset) renews the security stamp, which ends the person's
/// sessions on their next request.
/// </summary>
public class StaffAdministration(
    UserManager<StaffUser> users, StaffAccounts accounts, PortalDbContext db, AuditLog audit, CurrentStaff me, TimeProvider clock)
{
    public sealed record Row(int Id, string DisplayName, string Email, string Role, string? Department, bool TwoFactor, bool Disabled,
        bool LockedOut, bool WantsDepartmentMail = false, bool IsCustodian = false);

    public async Task<IReadOnlyList<Row>> ListAsync(CancellationToken ct = default)
    {
        var rows = await (
            from u in db.Users.AsNoTracking()
            let role = (from ur in db.UserRoles
                        join r in db.Roles on ur.RoleId equals r.Id
                        where ur.UserId == u.Id && r.Name != StaffRoles.Custodian
                        select r.Name).FirstOrDefault()
            let custodian = (from ur in db.UserRoles
                             join r in db.Roles on ur.RoleId equals r.Id
                             where ur.UserId == u.Id && r.Name == StaffRoles.Custodian
                             select r.Id).Any()
            orderby u.DisplayName, u.Email
            select new
            {
                u.Id, u.DisplayName, u.Email, Role = role, Department = u.Department == null ? null : u.Department.Name,
                u.TwoFactorEnabled, u.IsDisabled, u.LockoutEnd, u.WantsDepartmentMail, Custodian = custodian,
            })
            .ToListAsync(ct);
        // DateTimeOffset comparisons do not translate on SQLite: decide lockout here.
        var now = clock.GetUtcNow();
        return rows.Select(u => new Row(u.Id, u.DisplayName, u.Email ?? "", u.Role ?? "", u.Department, u.TwoFactorEnabled, u.IsDisabled,
            !u.IsDisabled && u.LockoutEnd > now, u.WantsDepartmentMail, u.Custodian)).ToList();
    }

    public Task<StaffUser?> FindAsync(int id, CancellationToken ct = default) => db.Users.SingleOrDefaultAsync(u => u.Id == id, ct);

    /// <summary>The account's one role of <see cref="StaffRoles.All"/> (信息保管人 is held besides it).</summary>
    public async Task<string> RoleOfAsync(StaffUser user) =>
        (await users.GetRolesAsync(user)).FirstOrDefault(StaffRoles.All.Contains) ?? "";

    public Task<bool> IsCustodianAsync(StaffUser user) => users.IsInRoleAsync(user, StaffRoles.Custodian);

    /// <summary>Grants or withdraws 信息保管人. A custodian decides for the city of their department, so they need one.</summary>
    public async Task<IReadOnlyList<AdminError>> SetCustodianAsync(StaffUser user, bool custodian)
    {
        if (custodian && user.DepartmentId is null) return [new("", "信息保管人须属于一个部门（通常为本市协调小组办公室），其审批范围为该部门所在的市。")];
        if (await IsCustodianAsync(user) == custodian) return [];
        await accounts.EnsureRolesAsync();
        if (custodian) await users.AddToRoleAsync(user, StaffRoles.Custodian);
        else await users.RemoveFromRoleAsync(user, StaffRoles.Custodian);
        audit.Record(AuditActions.AdminChange, $"StaffUser:{user.Id}",
            custodian ? $"授予账号 {user.Email} 信息保管人角色" : $"取消账号 {user.Email} 的信息保管人角色");
        await db.SaveChangesAsync();
        return [];
    }

    public async Task<(int? Id, IReadOnlyList<AdminError> Errors)> CreateAsync(
        string email, string displayName, string password, string role, int? departmentId)
    {
        email = email.Trim();
        var errors = CheckRole(role, departmentId).Concat(await PasswordErrorsAsync(password)).ToList();
        if (await users.FindByEmailAsync(email) is not null) errors.Add(new("Email", $"邮箱 {email} 已被其他账号使用。"));
        if (errors.Count > 0) return (null, errors);
        var (user, failures) = await accounts.CreateAsync(email, displayName.Trim(), password, role, departmentId);
        if (user is null) return (null, failures.Select(f => new AdminError("", f)).ToList());
        audit.Record(AuditActions.AdminChange, $"StaffUser:{user.Id}",
            $"新建账号 {email}（{user.DisplayName}），角色：{StaffRoles.Name(role)}，部门：{await DepartmentNameAsync(departmentId)}；须首次登录时绑定身份验证器");
        await db.SaveChangesAsync();
        return (user.Id, []);
    }

    public async Task<IReadOnlyList<AdminError>> ChangeAsync(StaffUser user, string role, int? departmentId)
    {
        var errors = CheckRole(role, departmentId).ToList();
        if (departmentId is { } d && !await db.Departments.AnyAsync(x => x.Id == d)) errors.Add(new("DepartmentId", "部门不存在。"));
        var current = await RoleOfAsync(user);
        if (user.Id == me.Id && current == StaffRoles.Admin && role != StaffRoles.Admin)
            errors.Add(new("Role", "不能取消自己的系统管理员角色，请由另一位管理员操作。"));
        if (errors.Count > 0) return errors;
        if (current == role && user.DepartmentId == departmentId) return [];
        var departmentBefore = await DepartmentNameAsync(user.DepartmentId);
        var departmentAfter = await DepartmentNameAsync(departmentId);
        var detail = $"修改账号 {user.Email}：角色 {StaffRoles.Name(current)} → {StaffRoles.Name(role)}，部门 {departmentBefore} → {departmentAfter}";
        if (current != role)
        {
            if (current.Length > 0) await users.RemoveFromRoleAsync(user, current);
            await users.AddToRoleAsync(user, role);
        }
        user.DepartmentId = departmentId;
        // No new stamp needed: the stamp is validated on every request, which rebuilds the cookie's claims from the
        // database, so the new role and department apply from the person's next request without signing them out.
        await users.UpdateAsync(user);
        audit.Record(AuditActions.AdminChange, $"StaffUser:{user.Id}", detail);
        await db.SaveChangesAsync();
        return [];
    }

    public async Task<IReadOnlyList<AdminError>> SetDisabledAsync(StaffUser user, bool disabled)
    {
        if (disabled && user.Id == me.Id) return [new("", "不能停用自己的账号。")];
        if (user.IsDisabled == disabled) return [];
        await accounts.SetDisabledAsync(user, disabled);
        if (!disabled) await users.ResetAccessFailedCountAsync(user);
        audit.Record(AuditActions.AdminChange, $"StaffUser:{user.Id}", disabled ? $"停用账号 {user.Email}，其会话立即失效" : $"启用账号 {user.Email}");
        await db.SaveChangesAsync();
        return [];
    }

    /// <summary>Forgets the authenticator: the person signs in with the password and binds a new one before anything else.</summary>
    public async Task ResetTwoFactorAsync(StaffUser user)
    {
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.RemoveAuthenticationTokenAsync(user, "[AspNetUserStore]", "AuthenticatorKey");
        await users.UpdateSecurityStampAsync(user);
        audit.Record(AuditActions.AdminChange, $"StaffUser:{user.Id}", $"重置账号 {user.Email} 的双因素认证，须重新绑定身份验证器；其会话立即失效");
        await db.SaveChangesAsync();
    }

    /// <summary>Sets a new password (the policy applies), ends the person's sessions and lifts a lockout.</summary>
    public async Task<IReadOnlyList<AdminError>> ResetPasswordAsync(StaffUser user, string password)
    {
        var errors = await PasswordErrorsAsync(password, "NewPassword");
        if (errors.Count > 0) return errors;
        var result = await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), password);
        if (!result.Succeeded) return result.Errors.Select(e => new AdminError("NewPassword", e.Description)).ToList();
        if (!user.IsDisabled)
        {
            await users.SetLockoutEndDateAsync(user, null);
            await users.ResetAccessFailedCountAsync(user);
        }
        audit.Record(AuditActions.AdminChange, $"StaffUser:{user.Id}", $"重置账号 {user.Email} 的密码（并解除锁定），其会话立即失效");
        await db.SaveChangesAsync();
        return [];
    }

    /// <summary>The password policy's messages (Chinese, see <see cref="ChineseIdentityErrors"/>), for the password field.</summary>
    public async Task<IReadOnlyList<AdminError>> PasswordErrorsAsync(string password, string field = "Password")
    {
        var messages = new List<string>();
        foreach (var validator in users.PasswordValidators)
            messages.AddRange((await validator.ValidateAsync(users, new StaffUser(), password)).Errors.Select(e => e.Description));
        // One message with every unmet rule: a field shows only its first error.
        return messages.Count == 0 ? [] : [new AdminError(field, string.Join("", messages))];
    }

    private static IEnumerable<AdminError> CheckRole(string role, int? departmentId)
    {
        if (!StaffRoles.All.Contains(role)) yield return new("Role", "请选择角色。");
        else if (role != StaffRoles.Admin && departmentId is null) yield return new("DepartmentId", "除系统管理员外，账号必须属于一个部门。");
    }

    private async Task<string> DepartmentNameAsync(int? id) =>
        id is { } d ? await db.Departments.Where(x => x.Id == d).Select(x => x.Name).SingleOrDefaultAsync() ?? "（不存在）" : "（无）";
}
