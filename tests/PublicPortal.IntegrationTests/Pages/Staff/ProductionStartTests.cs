using Microsoft.EntityFrameworkCore;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Web.Features.Staff;

namespace PublicPortal.IntegrationTests.Pages.Staff;

/// <summary>The portal started as in production, with sample data switched on: still no account of any kind.</summary>
public class ProductionFactory : PortalFactory
{
    protected override string Environment_ => "Production";
    protected override bool LoadSampleData => true;
}

public class ProductionStartTests(ProductionFactory factory) : IClassFixture<ProductionFactory>
{
    [Fact]
    public async Task Start_OutsideDevelopment_CreatesNoStaffAccount()
    {
        var client = factory.CreateClient();
        Assert.NotNull((await client.GetPageAsync("/staff/account/signin")).QuerySelector("form#signin"));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Users.CountAsync()));
        // The roles exist, so create-admin has something to assign; 信息保管人 too, for administrators to grant.
        Assert.Equal([.. StaffRoles.All.Append(StaffRoles.Custodian).Order(StringComparer.Ordinal)],
            (await factory.WithDbAsync(db => db.Roles.Select(r => r.Name!).ToListAsync())).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task SignIn_WithADevelopmentSampleAccount_FailsOutsideDevelopment()
    {
        var client = factory.CreateClient();
        var page = await client.SubmitAsync("/staff/account/signin", "form#signin",
            new() { ["Input.Email"] = DevelopmentStaff.Accounts[0].Email, ["Input.Password"] = DevelopmentStaff.Password });
        Assert.Contains("邮箱或密码不正确", page.MainText());
    }
}
