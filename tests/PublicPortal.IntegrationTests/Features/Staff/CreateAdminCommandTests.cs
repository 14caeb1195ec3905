using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Web.Features.Staff;

namespace PublicPortal.IntegrationTests.Features.Staff;

/// <summary>The create-admin command, run in-process against the factory's services. PORTAL_ADMIN_PASSWORD is process-wide,
/// so every test that sets it lives in this one class (xunit runs a class's tests one after another).</summary>
public class CreateAdminCommandTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<int> RunAsync(string? password, params string[] args)
    {
        Environment.SetEnvironmentVariable("PORTAL_ADMIN_PASSWORD", password);
        try { return await CreateAdminCommand.RunAsync(factory.Services, ["create-admin", .. args]); }
        finally { Environment.SetEnvironmentVariable("PORTAL_ADMIN_PASSWORD", null); }
    }

    private Task<StaffUser?> FindAsync(string email) => factory.WithDbAsync(db => db.Users.SingleOrDefaultAsync(u => u.Email == email));

    [Fact]
    public async Task CreateAdmin_CreatesAnAdministrator_WhoMustEnrolAtFirstSignIn()
    {
        Assert.Equal(0, await RunAsync("FirstAdmin2026Pass", "--email", "first-admin@test.local", "--name", "张三"));
        var user = await FindAsync("first-admin@test.local");
        Assert.NotNull(user);
        Assert.Equal("张三", user!.DisplayName);
        Assert.False(user.TwoFactorEnabled);
        using var scope = factory.Services.CreateScope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>().IsInRoleAsync(user, StaffRoles.Admin));

        var client = await StaffLogin.SignInAsync(factory, "first-admin@test.local", "FirstAdmin2026Pass");
        Assert.NotNull((await client.GetPageAsync("/staff/admin/users")).QuerySelector("form#enroll"));
    }

    [Fact]
    public async Task CreateAdmin_WithoutEmail_IsRefused()
    {
        var before = await factory.WithDbAsync(db => db.Users.CountAsync());
        Assert.Equal(2, await RunAsync("FirstAdmin2026Pass", "--name", "张三"));
        Assert.Equal(before, await factory.WithDbAsync(db => db.Users.CountAsync()));
    }

    [Theory]
    [InlineData("short1A")]
    [InlineData("alllowercase2026")]
    [InlineData("NoDigitsInThisOne")]
    public async Task CreateAdmin_WithAWeakPassword_IsRefused(string password)
    {
        Assert.Equal(1, await RunAsync(password, "--email", "weak-admin@test.local"));
        Assert.Null(await FindAsync("weak-admin@test.local"));
    }
}
