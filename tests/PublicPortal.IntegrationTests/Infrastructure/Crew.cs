using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublicPortal.Web.Features.Staff;
using PublicPortal.Web.Features.Tips.Handling;

namespace PublicPortal.IntegrationTests.Infrastructure;

/// <summary>
/// The staff of the workflow tests: 福田区应急管理局 (where safety tip-offs in 福田区 go; two officers and a lead),
/// 南山区应急管理局 (another department), the 应急管理局 and coordination offices of 深圳市 and 湛江市.
/// <see cref="AsAsync{T}"/> runs a service as one of them, without HTTP, for the matrix of refusals; the main paths go
/// through the real pages with <see cref="StaffLogin"/>.
/// </summary>
public static class Crew
{
    public const string Officer = "officer@futian.test", Lead = "lead@futian.test", SecondOfficer = "officer2@futian.test";
    public const string NanshanOfficer = "officer@nanshan.test", CityOfficer = "officer@sz-yjglj.test";
    public const string SzOffice = "office@shenzhen.test", ZjOffice = "office@zhanjiang.test", ZjOfficer = "officer@zj-yjglj.test";

    private static readonly (string Email, string Role, string Department)[] Members =
    [
        (Officer, StaffRoles.Officer, "440304-yjglj"), (Lead, StaffRoles.Lead, "440304-yjglj"),
        (SecondOfficer, StaffRoles.Officer, "440304-yjglj"),
        (NanshanOfficer, StaffRoles.Officer, "440305-yjglj"), (CityOfficer, StaffRoles.Officer, "440300-yjglj"),
        (SzOffice, StaffRoles.Office, "440300-office"), (ZjOffice, StaffRoles.Office, "440800-office"),
        (ZjOfficer, StaffRoles.Officer, "440800-yjglj"),
    ];

    public static async Task EnsureAsync(PortalFactory factory)
    {
        var existing = await factory.WithDbAsync(db => db.Users.Select(u => u.Email).ToListAsync());
        foreach (var (email, role, department) in Members.Where(m => !existing.Contains(m.Email)))
            await StaffLogin.CreateAsync(factory, email, role, department);
    }

    /// <summary>Runs <paramref name="action"/> in a scope whose HttpContext user is <paramref name="email"/>, as the sign-in
    /// cookie would make it.</summary>
    public static async Task<T> AsAsync<T>(PortalFactory factory, string email, Func<IServiceProvider, Task<T>> action)
    {
        using var scope = factory.Services.CreateScope();
        var services = scope.ServiceProvider;
        var user = await services.GetRequiredService<UserManager<StaffUser>>().FindByEmailAsync(email);
        Assert.True(user is not null, $"no staff account {email}");
        var principal = await services.GetRequiredService<IUserClaimsPrincipalFactory<StaffUser>>().CreateAsync(user);
        var accessor = services.GetRequiredService<IHttpContextAccessor>();
        accessor.HttpContext = new DefaultHttpContext { User = principal, RequestServices = services };
        try
        {
            return await action(services);
        }
        finally
        {
            accessor.HttpContext = null;
        }
    }

    public static Task<WorkflowResult> StepAsync(PortalFactory factory, string email, Func<TipWorkflow, Task<WorkflowResult>> step) =>
        AsAsync(factory, email, services => step(services.GetRequiredService<TipWorkflow>()));

    /// <summary>Takes a step that must succeed.</summary>
    public static async Task DoAsync(PortalFactory factory, string email, Func<TipWorkflow, Task<WorkflowResult>> step)
    {
        var result = await StepAsync(factory, email, step);
        Assert.True(result.Succeeded, $"{email}: {result.Outcome} {result.Error}");
    }

    public static Task<int> DepartmentIdAsync(PortalFactory factory, string code) =>
        factory.WithDbAsync(db => db.Departments.Where(d => d.Code == code).Select(d => d.Id).SingleAsync());
}
