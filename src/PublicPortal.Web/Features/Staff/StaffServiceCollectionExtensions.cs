using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Audit;

namespace PublicPortal.Web.Features.Staff;

public static class StaffServiceCollectionExtensions
{
    public const string StaffPolicy = "Staff";
    public const string EnrollingPolicy = "StaffEnrolling";
    public const string AdminPolicy = "Admin";
    public const string OfficePolicy = "Office";

    public static IServiceCollection AddStaff(this IServiceCollection services)
    {
        services.AddIdentity<StaffUser, IdentityRole<int>>(o =>
            {
                o.Password.RequiredLength = 12;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = true;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = true;
                o.Tokens.AuthenticatorTokenProvider = AuthenticatorCodes<StaffUser>.ProviderName;
            })
            .AddEntityFrameworkStores<PortalDbContext>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<AuthenticatorCodes<StaffUser>>(AuthenticatorCodes<StaffUser>.ProviderName)
            .AddClaimsPrincipalFactory<StaffClaimsFactory>()
            .AddPasswordValidator<BreachedPasswordValidator<StaffUser>>()
            .AddErrorDescriber<ChineseIdentityErrors>();

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "pp-staff";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.Cookie.Path = "/staff";
            o.LoginPath = "/staff/account/signin";
            o.LogoutPath = "/staff/account/signout";
            o.AccessDeniedPath = "/staff/account/denied";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
        });
        // The cookie between the password and the code: same-site only, like the session cookie (ASVS V3.3.2).
        services.Configure<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme,
            o => o.Cookie.SameSite = SameSiteMode.Strict);
        // Check the security stamp on every request: signing out, disabling an account or resetting its password
        // changes the stamp, and every copy of the old cookie stops working at once.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);

        services.AddAuthorizationBuilder()
            .AddPolicy(EnrollingPolicy, p => p.RequireAuthenticatedUser())
            .AddPolicy(StaffPolicy, p => p.RequireAuthenticatedUser().RequireClaim(StaffClaims.TwoFactor, "1"))
            .AddPolicy(AdminPolicy, p => p.RequireAuthenticatedUser().RequireClaim(StaffClaims.TwoFactor, "1")
                .RequireRole(StaffRoles.Admin))
            .AddPolicy(OfficePolicy, p => p.RequireAuthenticatedUser().RequireClaim(StaffClaims.TwoFactor, "1")
                .RequireRole(StaffRoles.Office, StaffRoles.Admin));
        services.AddScoped<CurrentStaff>();
        services.AddScoped<IAuditActor>(sp => sp.GetRequiredService<CurrentStaff>());
        services.AddScoped<StaffAccounts>();
        services.AddScoped<DevelopmentStaff>();
        services.AddScoped<Audit.AuditLog>();
        // Back-office administration (Pages/Staff/Admin).
        services.AddScoped<StaffAdministration>();
        services.AddScoped<Audit.AuditQuery>();
        services.AddScoped<Reference.ReferenceCache>();
        services.AddScoped<Reference.DepartmentAdministration>();
        services.AddScoped<Reference.RoutingAdministration>();
        services.AddScoped<Reference.CalendarAdministration>();
        services.AddScoped<Reference.CalendarImport>();
        services.AddHttpContextAccessor();
        return services;
    }
}

public static class StaffClaims
{
    /// <summary>"1" once the account has an authenticator app; the back office requires it.</summary>
    public const string TwoFactor = "pp:2fa";
    public const string DepartmentId = "pp:dept";
    public const string DisplayName = "pp:name";
}

/// <summary>Puts the department, display name and two-factor state into the sign-in cookie.</summary>
public sealed class StaffClaimsFactory(
    UserManager<StaffUser> users, RoleManager<IdentityRole<int>> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<StaffUser, IdentityRole<int>>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(StaffUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(StaffClaims.DisplayName, user.DisplayName));
        if (user.DepartmentId is { } department)
            identity.AddClaim(new Claim(StaffClaims.DepartmentId, department.ToString(CultureInfo.InvariantCulture)));
        if (user.TwoFactorEnabled) identity.AddClaim(new Claim(StaffClaims.TwoFactor, "1"));
        return identity;
    }
}
