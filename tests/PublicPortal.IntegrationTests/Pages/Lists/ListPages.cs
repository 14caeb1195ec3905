using PublicPortal.IntegrationTests.Infrastructure;

namespace PublicPortal.IntegrationTests.Pages.Lists;

/// <summary>What the register list tests read off a page.</summary>
public static class ListPages
{
    /// <summary>The enterprise names linked in the second column, in the order shown.</summary>
    public static async Task<List<string>> EnterprisesAsync(this HttpClient client, string url)
    {
        var page = await client.GetPageAsync(url);
        return page.QuerySelectorAll("tbody tr td:nth-child(2) a").Select(a => a.TextContent.Trim()).ToList();
    }
}
