using System.Text.RegularExpressions;
using PublicPortal.IntegrationTests.Infrastructure;

namespace PublicPortal.IntegrationTests.Pages.Info;

/// <summary>The privacy page and the report form's privacy notice say one and the same thing about IP addresses and logs.</summary>
public partial class PrivacyStatementTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly string[] Pages = ["/privacy", "/tips"];

    [Fact]
    public async Task PrivacyPageAndTipForm_MakeTheSameStatementAboutIpAddresses()
    {
        var client = factory.CreateClient();
        var statements = new List<string>();
        foreach (var url in Pages)
        {
            var page = await client.GetPageAsync(url);
            var statement = page.QuerySelector("#access-log-statement")?.TextContent.Trim();
            Assert.False(string.IsNullOrEmpty(statement), $"{url} has no statement about logging");
            statements.Add(statement!);
            // Nowhere else on the page speaks of addresses or logs of visitors: one statement, no contradictions.
            var rest = page.QuerySelector("main")!.TextContent.Replace(statement!, "");
            Assert.DoesNotMatch(AddressOrAccessLog(), rest);
        }
        Assert.Single(statements.Distinct());
        Assert.Contains("IP 地址", statements[0]);
        Assert.Contains("访问日志", statements[0]);
    }

    [GeneratedRegex(@"IP|网络地址|访问日志")]
    private static partial Regex AddressOrAccessLog();
}
