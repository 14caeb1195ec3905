using PublicPortal.IntegrationTests.Builders;
using PublicPortal.IntegrationTests.Site;

namespace PublicPortal.IntegrationTests.Features.OpenData;

/// <summary>With the output cache on, as deployed: downloads must not go through it (it would buffer whole bodies).</summary>
public class OutputCacheBypassTests(CachingFactory factory) : IClassFixture<CachingFactory>
{
    [Fact]
    public async Task Get_Download_IsNeverServedFromTheOutputCache()
    {
        var client = factory.CreateClient();
        var before = await Downloads.RowsAsync(client, "/data/emissions.csv?city=440800");
        await factory.WithDbAsync(async db =>
            await TestData.EmissionAsync(db, await TestData.EnterpriseAsync(db, "缓存绕过测试有限公司", "440823")));
        var after = await Downloads.RowsAsync(client, "/data/emissions.csv?city=440800");
        Assert.Equal(before.Count + 1, after.Count);
        Assert.Contains(after, r => r["enterprise_name"] == "缓存绕过测试有限公司");
    }
}
