using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using PublicPortal.IntegrationTests.Infrastructure;

namespace PublicPortal.IntegrationTests.Site;

/// <summary>The portal as deployed (environment Production), with a test-only path /boom that throws.</summary>
public class ProductionFactory : PortalFactory
{
    public const string Secret = "连接字符串泄露测试 Password=hunter2";

    protected override string Environment_ => "Production";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter, ThrowingEndpoint>());
    }

    /// <summary>Added after the app's own pipeline, so the app's exception handler sits in front of it.</summary>
    private sealed class ThrowingEndpoint : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Map("/boom", boom => boom.Run(_ => throw new InvalidOperationException(Secret)));
        };
    }
}

public class ErrorPagesTests(ProductionFactory factory) : IClassFixture<ProductionFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Get_UnknownUrl_Returns404PageInChinese()
    {
        var page = await _client.GetPageAsync("/no-such-page/at-all", HttpStatusCode.NotFound);
        Assert.Equal("zh-CN", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("页面不存在", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("首页", page.QuerySelector("main")!.TextContent);
        Assert.StartsWith("页面不存在 - ", page.Title);
    }

    [Fact]
    public async Task Get_Exception_Returns500FriendlyPageWithoutDetail()
    {
        using var response = await _client.GetAsync("/boom");
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(ProductionFactory.Secret, html);
        Assert.DoesNotContain("InvalidOperationException", html);
        Assert.DoesNotContain("ThrowingEndpoint", html);
        Assert.DoesNotContain("at PublicPortal", html); // no stack frames
        var page = await HtmlHelpers.GetDocumentAsync(response);
        Assert.Contains("抱歉", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("zh-CN", page.DocumentElement.GetAttribute("lang"));
        Assert.NotEmpty(page.QuerySelector("main code")!.TextContent.Trim()); // the request id to quote on the phone
    }

    [Fact]
    public async Task Get_Exception_InDevelopment_ShowsTheDeveloperPage()
    {
        // The same endpoint in Development shows the exception: proves the /boom endpoint really throws, so the
        // Production test above is not passing for a trivial reason.
        using var development = factory.WithWebHostBuilder(b => b.UseEnvironment("Development"));
        using var response = await development.CreateClient().GetAsync("/boom");
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("InvalidOperationException", await response.Content.ReadAsStringAsync());
    }
}
