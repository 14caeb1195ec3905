using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.IntegrationTests.Nodes;

/// <summary>The portal reaching its PostgreSQL database through a <see cref="DatabaseOutageProxy"/> the test can cut.</summary>
public sealed class DatabaseOutageFactory : PortalFactory
{
    public DatabaseOutageProxy Proxy { get; }

    public DatabaseOutageFactory()
    {
        var server = new NpgsqlConnectionStringBuilder(PostgresServer
            ?? throw new InvalidOperationException("DatabaseOutageTests run only against PostgreSQL (PORTAL_TEST_POSTGRES)."));
        Proxy = new DatabaseOutageProxy(server.Host!, server.Port);
    }

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["ConnectionStrings:Portal"] = new NpgsqlConnectionStringBuilder(ConnectionString) { Host = "127.0.0.1", Port = Proxy.Port }
            .ConnectionString,
        ["Health:DrainSeconds"] = "0",
    };

    protected override void Dispose(bool disposing)
    {
        if (disposing) Proxy.Restore(); // the base class drops the database through its own connection
        base.Dispose(disposing);
        if (disposing) Proxy.Dispose();
    }
}

public class DatabaseOutageTests(DatabaseOutageFactory factory) : IClassFixture<DatabaseOutageFactory>
{
    /// <summary>Generous: the point is "seconds, not a hung request"; refused connections fail in milliseconds, and the
    /// connect timeout (3 s) bounds a silent network.</summary>
    private static readonly TimeSpan Prompt = TimeSpan.FromSeconds(20);

    private const string RegisterPage = "/lists/phase-out";

    [PostgresFact]
    public async Task PostgresGoneAndBack_RequestsFailFastWithAChinesePage_ThenSucceedWithoutARestart()
    {
        var client = factory.CreateClient();
        // Several requests at once leave several idle connections in the pool, which the cut breaks without their knowing.
        await Task.WhenAll(Enumerable.Range(0, 12).Select(i => client.GetPageAsync(i % 2 == 0 ? "/" : RegisterPage)));
        await AssertHealthAsync(client, HttpStatusCode.OK, "Healthy");
        var form = await TipForms.OpenAsync(client);
        var logsBefore = factory.Logs.Entries.Count;

        factory.Proxy.Cut();

        foreach (var url in new[] { "/", RegisterPage })
        {
            var (response, took) = await TimedAsync(() => client.GetAsync(url));
            await AssertUnavailableAsync(response, took, DatabaseUnavailable.Message);
        }
        var (post, postTook) = await TimedAsync(() => TipForms.SubmitAsync(client, form, TipForms.Valid()));
        await AssertUnavailableAsync(post, postTook, DatabaseUnavailable.NotSavedMessage);
        var unhealthy = await AssertHealthAsync(client, HttpStatusCode.ServiceUnavailable, "Unhealthy");
        Assert.Equal("无法连接数据库", unhealthy.GetProperty("checks").GetProperty("database").GetProperty("reason").GetString());

        factory.Proxy.Restore();

        // The very next requests succeed: the pool holds no connection the outage broke. Nothing of the refused tip-off
        // was stored, and submitting the same form again files it once.
        await AssertHealthAsync(client, HttpStatusCode.OK, "Healthy");
        await client.GetPageAsync("/");
        await client.GetPageAsync(RegisterPage);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Tips.CountAsync()));
        var receipt = await HtmlHelpers.GetDocumentAsync(await TipForms.SubmitAsync(client, form, TipForms.Valid()));
        Assert.NotNull(receipt.QuerySelector("#tracking-number"));
        Assert.Equal(1, await factory.WithDbAsync(db => db.Tips.CountAsync()));

        // Logged once as it began and once as it ended; EF Core and ASP.NET Core added no error per request.
        // (The background workers' own failed passes are theirs to report.)
        var logs = factory.Logs.Entries.Skip(logsBefore).ToList();
        Assert.Single(logs, e => e.Contains("数据库无法访问", StringComparison.Ordinal));
        Assert.Single(logs, e => e.Contains("数据库已恢复访问", StringComparison.Ordinal));
        var perRequest = logs.Where(e => e.StartsWith("Error Microsoft.EntityFrameworkCore", StringComparison.Ordinal)
            || e.StartsWith("Error Microsoft.AspNetCore", StringComparison.Ordinal)).ToList();
        Assert.True(perRequest.Count == 0, string.Join("\n\n", perRequest));
    }

    private static async Task AssertUnavailableAsync(HttpResponseMessage response, TimeSpan took, string message)
    {
        var url = response.RequestMessage!.RequestUri!.PathAndQuery;
        Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"{url}: {(int)response.StatusCode}, not 503");
        Assert.True(took < Prompt, $"{url} took {took} to answer with the database gone");
        Assert.Equal(TimeSpan.FromSeconds(DatabaseUnavailable.RetryAfterSeconds), response.Headers.RetryAfter?.Delta);
        var page = await HtmlHelpers.GetDocumentAsync(response);
        Assert.Equal(DatabaseUnavailable.Title, page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains(message, page.QuerySelector("main")!.TextContent);
        Assert.DoesNotContain("Npgsql", page.DocumentElement.OuterHtml);
    }

    private static async Task<System.Text.Json.JsonElement> AssertHealthAsync(HttpClient client, HttpStatusCode status, string health)
    {
        var (response, took) = await TimedAsync(() => client.GetAsync("/healthz"));
        Assert.True(took < Prompt, $"/healthz took {took}");
        Assert.Equal(status, response.StatusCode);
        var (json, _) = await HealthJson.ReadAsync(response);
        Assert.Equal(health, json.GetProperty("status").GetString());
        return json;
    }

    private static async Task<(HttpResponseMessage Response, TimeSpan Took)> TimedAsync(Func<Task<HttpResponseMessage>> request)
    {
        var watch = Stopwatch.StartNew();
        var response = await request();
        return (response, watch.Elapsed);
    }
}
