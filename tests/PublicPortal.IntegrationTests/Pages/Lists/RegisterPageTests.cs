using System.Net;
using PublicPortal.IntegrationTests.Infrastructure;

namespace PublicPortal.IntegrationTests.Pages.Lists;

/// <summary>What every register's tests check the same way: the 404 for an unknown id and the Chinese 400 message.</summary>
public abstract class RegisterPageTests(PortalFactory factory, string listPath)
{
    protected HttpClient Client { get; } = factory.CreateClient();

    [Fact]
    public async Task Get_Details_Returns404_ForUnknownId()
    {
        var page = await Client.GetPageAsync($"{listPath}/999999", HttpStatusCode.NotFound);
        Assert.Contains("页面不存在", page.QuerySelector("h1")!.TextContent);
    }

    protected async Task AssertBadRequestAsync(string url, string message)
    {
        var page = await Client.GetPageAsync(url, HttpStatusCode.BadRequest);
        Assert.Contains(message, page.QuerySelector("main")!.TextContent);
    }
}
