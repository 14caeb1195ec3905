using System.Net;
using PublicPortal.IntegrationTests.Infrastructure;

namespace PublicPortal.IntegrationTests.Nodes;

/// <summary>Redis configured but down (nothing listens on its port): citizens are served as by one node on its own.</summary>
public class RedisDownTests
{
    // Generous: only a hang (a request waiting on Redis again and again) comes near it.
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task PublicPages_AndFilingATipOff_StillWork_WithCachingAndLimitsPerNode()
    {
        using var node = new Node(Node.NewPrefix(), redis: Node.ClosedPort(), cacheSeconds: 60,
            settings: new Dictionary<string, string?> { ["RateLimit:PostsPerMinute"] = "2" });
        var client = node.CreateClient();

        using (var home = await client.GetAsync("/").WaitAsync(Bound)) Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        using (var cached = await client.GetAsync("/").WaitAsync(Bound)) Assert.NotNull(cached.Headers.Age); // this node's memory
        await client.GetPageAsync("/lists/phase-out").WaitAsync(Bound); // a register page: 200

        var receipt = TipForms.ReadReceipt(await TipForms.SubmitValidAsync(client).WaitAsync(Bound));
        Assert.Contains(receipt.TrackingNumber, (await TipForms.LookUpAsync(client, receipt).WaitAsync(Bound)).Body!.TextContent);

        // The limit is counted by this node (2 posts: the tip-off above, then this one; the third is refused).
        var form = await TipForms.OpenAsync(client);
        Assert.Equal(HttpStatusCode.OK, (await TipForms.SubmitAsync(client, form, TipForms.Valid()).WaitAsync(Bound)).StatusCode);
        form = await TipForms.OpenAsync(client);
        var third = await TipForms.SubmitAsync(client, form, TipForms.Valid()).WaitAsync(Bound);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);

        Assert.Contains(node.Logs.Entries, m => m.Contains("Redis 不可用", StringComparison.Ordinal));
    }
}
