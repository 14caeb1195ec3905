using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Web.Features.Open311;
using static PublicPortal.IntegrationTests.Features.Open311.Open311Api;

namespace PublicPortal.IntegrationTests.Pages.Staff.Admin;

/// <summary>接口密钥: issued once (only a hash kept), listed without the key, revoked at once, audited, administrators only.</summary>
public class ApiClientsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Issue_ShowsTheKeyOnce_StoresOnlyItsHash_AndTheKeyWorks()
    {
        var admin = await AdminSession.SignInAdminAsync(factory);
        var issued = await admin.SubmitAsync("/staff/admin/apiclients/create", "form#issue-key", new()
        {
            ["Input.Name"] = "湛江市12345热线平台", ["Input.Contact"] = "陈工 0759-12345678",
        });
        var key = ((IHtmlInputElement)issued.QuerySelector("#issued-key input#key")!).Value;
        Assert.Matches("^pp311_[a-z2-9]{8}_[a-z2-9]{32}$", key);

        var row = await factory.WithDbAsync(db => db.ApiClients.AsNoTracking().SingleAsync(c => c.Name == "湛江市12345热线平台"));
        Assert.Equal("陈工 0759-12345678", row.Contact);
        Assert.Equal(key[..14], row.KeyPrefix);
        Assert.DoesNotContain(key[15..], row.KeyHash);
        Assert.True(ApiKeys.Verify(key, row.KeyHash));
        Assert.Null(row.RevokedAt);
        Assert.Contains(row.CreatedByName, (await factory.AdminChangesAsync("ApiClient:")).Select(a => a.UserName));

        // The list shows the prefix, never the key; opening the form again shows no key.
        var list = await admin.GetPageAsync("/staff/admin/apiclients");
        Assert.Contains(row.KeyPrefix, list.QuerySelector("main")!.TextContent);
        Assert.DoesNotContain(key, list.DocumentElement.OuterHtml);
        Assert.Null((await admin.GetPageAsync("/staff/admin/apiclients/create")).QuerySelector("#issued-key"));
        Assert.NotNull(list.QuerySelector("nav a[href='/staff/admin/apiclients']"));

        var posted = await PostAsync(factory.CreateClient(), "xml", Valid(key));
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
    }

    [Fact]
    public async Task Revoke_StopsTheKeyAtOnce_AndIsAudited()
    {
        var (id, key) = await IssueKeyAsync(factory, "待吊销的合作系统");
        var admin = await AdminSession.SignInAdminAsync(factory);
        var list = await admin.GetPageAsync("/staff/admin/apiclients");
        var form = list.QuerySelectorAll("form").OfType<IHtmlFormElement>()
            .Single(f => f.QuerySelector("input[name=id]")?.GetAttribute("value") == id.ToString(CultureInfo.InvariantCulture));
        var after = await HtmlHelpers.GetDocumentAsync(await admin.SendAsync(form));
        Assert.Contains("已吊销", after.QuerySelector("main [role=status]")!.TextContent);
        Assert.NotNull(await factory.WithDbAsync(db => db.ApiClients.Where(c => c.Id == id).Select(c => c.RevokedAt).SingleAsync()));
        Assert.Contains(await factory.AdminChangesAsync("ApiClient:"), a => a.Detail!.Contains("吊销") && a.Detail.Contains("待吊销的合作系统"));

        var refused = await PostAsync(factory.CreateClient(), "json", Valid(key));
        Assert.Equal(403, (await ErrorsAsync(refused, "json", HttpStatusCode.Forbidden)).Single().Code);
    }

    [Fact]
    public async Task Revoke_WithoutAntiforgeryToken_IsRefused()
    {
        var (id, _) = await IssueKeyAsync(factory, "防伪令牌测试");
        var admin = await AdminSession.SignInAdminAsync(factory);
        var response = await admin.PostAsync("/staff/admin/apiclients?handler=Revoke",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["id"] = id.ToString(CultureInfo.InvariantCulture) }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(await factory.WithDbAsync(db => db.ApiClients.Where(c => c.Id == id).Select(c => c.RevokedAt).SingleAsync()));
    }
}
