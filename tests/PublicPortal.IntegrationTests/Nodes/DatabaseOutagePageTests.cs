using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.IntegrationTests.Nodes;

/// <summary>The portal with test-only endpoints that fail as a query does when the database is away (/outage), when two
/// transactions collide (/deadlock) and when the SQL is wrong (/broken), for every provider.</summary>
public class DatabaseOutagePageFactory : PortalFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter, FailingEndpoints>());
    }

    private sealed class FailingEndpoints : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Map("/outage", a => a.Run(_ => throw new InvalidOperationException("wrapped",
                new NpgsqlException("Failed to connect to 127.0.0.1:5432", new SocketException((int)SocketError.ConnectionRefused)))));
            app.Map("/deadlock", a => a.Run(_ => throw new PostgresException("deadlock detected", "ERROR", "ERROR", "40P01")));
            app.Map("/broken", a => a.Run(_ => throw new PostgresException("syntax error", "ERROR", "ERROR", "42601")));
        };
    }
}

public class DatabaseOutagePageTests(DatabaseOutagePageFactory factory) : IClassFixture<DatabaseOutagePageFactory>
{
    [Fact]
    public async Task Get_DatabaseAway_Answers503WithRetryAfterAndTheChinesePage()
    {
        using var response = await factory.CreateClient().GetAsync("/outage");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(DatabaseUnavailable.RetryAfterSeconds), response.Headers.RetryAfter?.Delta);
        Assert.True(response.Headers.CacheControl?.NoStore);
        var page = await HtmlHelpers.GetDocumentAsync(response);
        Assert.Equal(DatabaseUnavailable.Title, page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains(DatabaseUnavailable.Message, page.QuerySelector("main")!.TextContent);
        Assert.DoesNotContain("5432", page.DocumentElement.OuterHtml);
        Assert.Contains(factory.Logs.Entries, e => e.Contains("数据库无法访问", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Get_Deadlock_Answers503ButIsNotAnOutage()
    {
        using var response = await factory.CreateClient().GetAsync("/deadlock");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains(factory.Logs.Entries, e => e.Contains("数据库暂时繁忙", StringComparison.Ordinal) && e.Contains("/deadlock"));
    }

    [Fact]
    public async Task Get_WrongSql_IsStillAnError()
    {
        // Not transient: retrying later would meet the same error, so it is the ordinary 500, not "please try again".
        using var response = await factory.CreateClient().GetAsync("/broken");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
    }
}
