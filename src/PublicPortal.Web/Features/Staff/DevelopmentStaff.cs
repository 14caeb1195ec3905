using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PublicPortal.Web.Data;

namespace PublicPortal.Web.Features.Staff;

/// <summary>
/// Development only (with the sample data): one account per role with a known password and a known authenticator key,
/// listed in the README, so a newcomer can try the back office. Never created outside Development.
/// </summary>
public class DevelopmentStaff(
    StaffAccounts accounts, UserManager<StaffUser> users, PortalDbContext db, ILogger<DevelopmentStaff> logger)
{
    public const string Password = "PortalDev2026";
    /// <summary>Base32 TOTP secret shared by the sample accounts: `oathtool --totp -b JBSWY3DPEHPK3PXP` prints the code.</summary>
    public const string AuthenticatorKey = "JBSWY3DPEHPK3PXP";

    public static readonly (string Email, string Name, string Role, string? Department)[] Accounts =
    [
        ("admin@dev.local", "系统管理员（示例）", StaffRoles.Admin, null),
        ("office.sz@dev.local", "深圳协调办（示例）", StaffRoles.Office, "440300-office"),
        ("lead.sz-yjj@dev.local", "深圳应急局负责人（示例）", StaffRoles.Lead, "440300-yjglj"),
        ("officer.sz-yjj@dev.local", "深圳应急局承办人（示例）", StaffRoles.Officer, "440300-yjglj"),
        ("lead.zj-fgj@dev.local", "湛江发改局负责人（示例）", StaffRoles.Lead, "440800-fgj"),
        ("officer.zj-fgj@dev.local", "湛江发改局承办人（示例）", StaffRoles.Officer, "440800-fgj"),
        ("office.gd@dev.local", "省协调办（示例）", StaffRoles.Office, "440000-office"),
    ];

    /// <summary>One 信息保管人 per city office: coordination-office staff who also hold the custodian role, so that a named
    /// tipster's identity can be requested and approved (four eyes) in every city of the sample data.</summary>
    public static readonly (string Email, string Name, string Department)[] Custodians =
    [
        ("custodian.sz@dev.local", "深圳信息保管人（示例）", "440300-office"),
        ("custodian.zj@dev.local", "湛江信息保管人（示例）", "440800-office"),
        ("custodian.jm@dev.local", "江门信息保管人（示例）", "440700-office"),
        ("custodian.hy@dev.local", "河源信息保管人（示例）", "441600-office"),
    ];

    public async Task SeedAsync()
    {
        await accounts.EnsureRolesAsync();
        if (await db.Users.AnyAsync()) return;
        foreach (var (email, name, role, departmentCode) in Accounts)
        {
            var departmentId = departmentCode is null ? null : (int?)(await db.Departments.SingleAsync(d => d.Code == departmentCode)).Id;
            var (_, errors) = await accounts.CreateAsync(email, name, Password, role, departmentId, AuthenticatorKey);
            if (errors.Count > 0) logger.LogWarning("Sample account {Email} not created: {Errors}", email, string.Join("; ", errors));
        }
        foreach (var (email, name, departmentCode) in Custodians)
        {
            var departmentId = (await db.Departments.SingleAsync(d => d.Code == departmentCode)).Id;
            var (user, errors) = await accounts.CreateAsync(email, name, Password, StaffRoles.Office, departmentId, AuthenticatorKey);
            if (user is not null) await users.AddToRoleAsync(user, StaffRoles.Custodian);
            else logger.LogWarning("Sample account {Email} not created: {Errors}", email, string.Join("; ", errors));
        }
        logger.LogInformation("Created {Count} sample staff accounts (Development only; see README)", Accounts.Length + Custodians.Length);
    }
}
