using Microsoft.AspNetCore.Identity;
using PublicPortal.Web.Features.Reference;

namespace PublicPortal.Web.Features.Staff;

/// <summary>A member of department staff (ASP.NET Core Identity user). Two-factor authentication is required of every
/// account before it can reach the back office; disabling an account ends its sessions at once (security stamp).</summary>
public class StaffUser : IdentityUser<int>
{
    public string DisplayName { get; set; } = "";
    /// <summary>The department whose tip-offs and registers this person works on. Administrators may have none.</summary>
    public int? DepartmentId { get; set; }
    public Department? Department { get; set; }
    public bool IsDisabled { get; set; }
    /// <summary>Also send the department's "new item" notices and daily digest to this person's own address (Email).
    /// Set by the person on 我的账户; the department mailbox gets them regardless.</summary>
    public bool WantsDepartmentMail { get; set; }
    public DateTime CreatedAt { get; set; }
}

/// <summary>The four roles of the back office (one per account), and 信息保管人, which an account may hold besides its role.</summary>
public static class StaffRoles
{
    /// <summary>系统管理员: manages departments, staff, the routing table and the calendar; browses the audit log.</summary>
    public const string Admin = "Admin";
    /// <summary>协调小组办公室: dispatches, reviews returns, supervises and reopens within its jurisdiction.</summary>
    public const string Office = "Office";
    /// <summary>部门负责人: approves closures, extensions and public replies of the department.</summary>
    public const string Lead = "Lead";
    /// <summary>承办人: handles the department's tip-offs.</summary>
    public const string Officer = "Officer";

    public static readonly string[] All = [Admin, Office, Lead, Officer];

    /// <summary>信息保管人: approves or refuses requests to see a named tipster's identity in the city of their department.
    /// Not one of <see cref="All"/>: it is held in addition to the account's role, so that a custodian keeps their work.</summary>
    public const string Custodian = "Custodian";

    public static string Name(string role) => role switch
    {
        Admin => "系统管理员",
        Office => "协调小组办公室",
        Lead => "部门负责人",
        Officer => "承办人",
        Custodian => "信息保管人",
        _ => role,
    };
}
