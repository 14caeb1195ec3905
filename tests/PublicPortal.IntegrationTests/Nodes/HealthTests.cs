using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using PublicPortal.IntegrationTests.Infrastructure;

namespace PublicPortal.IntegrationTests.Nodes;

/// <summary>The portal as one node without Redis; it names itself as a deployment would tell it to.</summary>
public class HealthFactory : PortalFactory
{
    public const string NodeName = "node-a";

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Health:NodeName"] = NodeName,
        ["Health:DrainSeconds"] = "0",
    };
}

/// <summary>A node whose Redis (the test Redis, PORTAL_TEST_REDIS, which tests/run-all.sh starts) answers.</summary>
public class HealthRedisFactory : PortalFactory
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["ConnectionStrings:Redis"] = HealthJson.TestRedis(),
        ["Health:DrainSeconds"] = "0",
    };
}

/// <summary>A node whose Redis is configured but gone: a loopback port that nothing listens on.</summary>
public class HealthRedisDownFactory : PortalFactory
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["ConnectionStrings:Redis"] = $"127.0.0.1:{HealthJson.ClosedPort()}",
        ["Health:DrainSeconds"] = "0",
    };
}

public class HealthTests(HealthFactory factory) : IClassFixture<HealthFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Healthz_DatabaseReachable_Answers200JsonNamingTheNodeAndEachCheck()
    {
        using var response = await _client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl?.NoStore, "a health answer must never be cached");
        var (json, body) = await HealthJson.ReadAsync(response);
        Assert.Equal("Healthy", json.GetProperty("status").GetString());
        Assert.Equal(HealthFactory.NodeName, json.GetProperty("node").GetString());
        var database = json.GetProperty("checks").GetProperty("database");
        Assert.Equal("Healthy", database.GetProperty("status").GetString());
        Assert.True(database.GetProperty("ms").GetInt32() >= 0);
        Assert.Equal("NotConfigured", json.GetProperty("checks").GetProperty("redis").GetProperty("status").GetString());
        Assert.Equal("Healthy", json.GetProperty("checks").GetProperty("shutdown").GetProperty("status").GetString());
        HealthJson.AssertNoSecrets(body, factory.ConnectionString);
    }

    [Fact]
    public async Task Healthz_AskedOftenAndWithoutCookies_AnswersEveryTime()
    {
        // Polled every few seconds by every balancer: no sign-in, no redirect, no rate limit, no cookie to set.
        using var anonymous = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        for (var i = 0; i < 30; i++)
        {
            using var response = await anonymous.GetAsync("/healthz");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.False(response.Headers.Contains("Set-Cookie"), "/healthz set a cookie");
        }
    }

    [Fact]
    public async Task HealthzLive_AnswersWithoutCheckingTheDatabase()
    {
        using var response = await _client.GetAsync("/healthz/live");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var (json, _) = await HealthJson.ReadAsync(response);
        Assert.Equal("Healthy", json.GetProperty("status").GetString());
        Assert.Empty(json.GetProperty("checks").EnumerateObject());
    }
}

public class HealthRedisTests(HealthRedisFactory factory) : IClassFixture<HealthRedisFactory>
{
    [Fact]
    public async Task Healthz_RedisAnswers_ReportsItHealthy()
    {
        using var response = await factory.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var (json, body) = await HealthJson.ReadAsync(response);
        Assert.Equal("Healthy", json.GetProperty("status").GetString());
        Assert.Equal("Healthy", json.GetProperty("checks").GetProperty("redis").GetProperty("status").GetString());
        HealthJson.AssertNoSecrets(body, factory.ConnectionString);
        Assert.DoesNotContain(HealthJson.TestRedis(), body);
    }
}

public class HealthRedisDownTests(HealthRedisDownFactory factory) : IClassFixture<HealthRedisDownFactory>
{
    [Fact]
    public async Task Healthz_RedisGone_IsDegradedButStillServes()
    {
        var client = factory.CreateClient();
        var waited = Stopwatch.StartNew();
        using var response = await client.GetAsync("/healthz");

        // Degraded is 200: the node serves with its own cache and counters, so the balancer keeps it.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(waited.Elapsed < TimeSpan.FromSeconds(20), $"/healthz took {waited.Elapsed} with Redis gone");
        var (json, body) = await HealthJson.ReadAsync(response);
        Assert.Equal("Degraded", json.GetProperty("status").GetString());
        var redis = json.GetProperty("checks").GetProperty("redis");
        Assert.Equal("Unhealthy", redis.GetProperty("status").GetString());
        Assert.Contains("Redis", redis.GetProperty("reason").GetString());
        Assert.Equal("Healthy", json.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
        HealthJson.AssertNoSecrets(body, factory.ConnectionString);
        Assert.DoesNotContain("127.0.0.1", body);
        await client.GetPageAsync("/"); // and it does serve
        Assert.Single(factory.Logs.Entries, e => e.Contains("/healthz 答复 Degraded", StringComparison.Ordinal));
    }
}

/// <summary>Reading and checking a /healthz answer.</summary>
public static class HealthJson
{
    public static async Task<(JsonElement Json, string Body)> ReadAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(body);
        return (document.RootElement.Clone(), body);
    }

    /// <summary>Nothing a balancer's log should not hold: no connection string or part of one, no exception text.</summary>
    public static void AssertNoSecrets(string body, string connectionString)
    {
        foreach (var secret in new[] { "Password", "Host=", "Data Source", "Username", "Exception", " at ", connectionString })
            Assert.DoesNotContain(secret, body, StringComparison.OrdinalIgnoreCase);
        foreach (var part in connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries))
            if (part.Split('=', 2) is [_, { Length: > 3 } value]) Assert.DoesNotContain(value, body, StringComparison.Ordinal);
    }

    /// <summary>The Redis tests/run-all.sh starts for the suite; these tests need it, as the cluster does.</summary>
    public static string TestRedis() =>
        Environment.GetEnvironmentVariable("PORTAL_TEST_REDIS") is { Length: > 0 } redis
            ? redis
            : throw new InvalidOperationException("PORTAL_TEST_REDIS is not set: run tests/run-all.sh, or point it at a redis-server.");

    /// <summary>A loopback port nothing listens on: bound once to learn a free one, then released.</summary>
    public static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
