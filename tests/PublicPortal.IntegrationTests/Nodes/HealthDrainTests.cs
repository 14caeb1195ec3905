using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.IntegrationTests.Nodes;

/// <summary>A node with output caching on (so that a cached health answer would show) and a one-second drain.</summary>
public class HealthDrainFactory : PortalFactory
{
    protected override int CacheSeconds => 60;

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Health:DrainSeconds"] = "1",
    };
}

public class HealthDrainTests(HealthDrainFactory factory) : IClassFixture<HealthDrainFactory>
{
    [Fact]
    public async Task Stopping_HealthzAnswers503AtOnce_WhilePagesAreStillServedForTheDrain()
    {
        var client = factory.CreateClient();
        using (var before = await client.GetAsync("/healthz")) Assert.Equal(HttpStatusCode.OK, before.StatusCode);

        // What SIGTERM does first: the host tells its lifecycle services that it is stopping, before the server stops.
        var drain = factory.Services.GetServices<IHostedService>().OfType<HealthDrain>().Single();
        var waited = Stopwatch.StartNew();
        var stopping = drain.StoppingAsync(CancellationToken.None);

        using var during = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, during.StatusCode);
        var (json, _) = await HealthJson.ReadAsync(during);
        Assert.Equal("Unhealthy", json.GetProperty("status").GetString());
        Assert.Equal("节点正在停止", json.GetProperty("checks").GetProperty("shutdown").GetProperty("reason").GetString());
        await client.GetPageAsync("/"); // still serving while the balancer takes the node out
        using (var live = await client.GetAsync("/healthz/live")) Assert.Equal(HttpStatusCode.OK, live.StatusCode);

        await stopping.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.True(waited.Elapsed >= TimeSpan.FromSeconds(0.9), $"the drain ended after {waited.Elapsed}, before its second");
        Assert.Contains(factory.Logs.Entries, e => e.Contains("节点正在停止", StringComparison.Ordinal));
    }

    [Fact]
    public void ShutdownTimeout_CoversTheDrainAndTheRequestsInFlight()
    {
        var host = factory.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<HostOptions>>().Value;
        Assert.Equal(TimeSpan.FromSeconds(1 + 15), host.ShutdownTimeout);
    }
}
