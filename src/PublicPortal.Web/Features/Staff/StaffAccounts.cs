using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PublicPortal.Web.Data;

namespace PublicPortal.Web.Features.Staff;

/// <summary>Creating, disabling and enabling staff accounts — by administrators in the back office, by the
/// create-admin command, and for the Development sample accounts.</summary>
public class StaffAccounts(UserManager<StaffUser> users, RoleManager<IdentityRole<int>> roles, PortalDbContext db, TimeProvider clock)
{
    public async Task EnsureRolesAsync()
    {
        foreach (var role in StaffRoles.All.Append(StaffRoles.Custodian))
            if (!await roles.RoleExistsAsync(role))
                await roles.CreateAsync(new IdentityRole<int>(role));
    }

    /// <summary>Creates an account; returns it, or the Chinese reasons it could not be created.</summary>
    public async Task<(StaffUser? User, IReadOnlyList<string> Errors)> CreateAsync(
        string email, string displayName, string password, string role, int? departmentId, string? authenticatorKey = null)
    {
        await EnsureRolesAsync();
        if (!StaffRoles.All.Contains(role)) return (null, ["未知的角色"]);
        if (role != StaffRoles.Admin && departmentId is null) return (null, ["除系统管理员外，账号必须属于一个部门"]);
        if (departmentId is { } d && !await db.Departments.AnyAsync(x => x.Id == d)) return (null, ["部门不存在"]);
        var user = new StaffUser
        {
            UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName, DepartmentId = departmentId,
            CreatedAt = clock.GetUtcNow().UtcDateTime, LockoutEnabled = true,
        };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded) return (null, created.Errors.Select(e => e.Description).ToList());
        await users.AddToRoleAsync(user, role);
        if (authenticatorKey is not null)
        {
            // Development sample accounts only: a known authenticator key, so the README can list working logins.
            await users.SetAuthenticationTokenAsync(user, "[AspNetUserStore]", "AuthenticatorKey", authenticatorKey);
            await users.SetTwoFactorEnabledAsync(user, true);
        }
        return (user, []);
    }

    /// <summary>Disables an account and ends its sessions at once (a new security stamp invalidates every cookie).</summary>
    public async Task SetDisabledAsync(StaffUser user, bool disabled)
    {
        user.IsDisabled = disabled;
        user.LockoutEnd = disabled ? DateTimeOffset.MaxValue : null;
        await users.UpdateAsync(user);
        await users.UpdateSecurityStampAsync(user);
    }
}
