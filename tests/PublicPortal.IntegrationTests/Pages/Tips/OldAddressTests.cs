using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using PublicPortal.IntegrationTests.Infrastructure;

namespace PublicPortal.IntegrationTests.Pages.Tips;

/// <summary>The tip-off pages lived at /report until they took the feature's one name; leaflets still print that address.</summary>
public class OldAddressTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("/report", "/tips")]
    [InlineData("/report/track", "/tips/track")]
    public async Task Get_OldAddress_RedirectsPermanently_ToTheTipsPage(string old, string now)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.GetAsync(old);
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(now, response.Headers.Location?.OriginalString);
        var page = await factory.CreateClient().GetPageAsync(old);
        Assert.Contains(now == "/tips" ? "我要举报" : "进度查询", page.QuerySelector("h1")!.TextContent);
    }
}
