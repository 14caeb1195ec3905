using AngleSharp.Html.Dom;

namespace PublicPortal.IntegrationTests.Infrastructure;

/// <summary>The tip detail page as a member of staff uses it: open it, fill one of its action forms, submit.</summary>
public static class StaffPages
{
    public static Task<IHtmlDocument> DetailAsync(HttpClient client, int tipId) => client.GetPageAsync($"/staff/tips/{tipId}");

    /// <summary>Submits the form with the given id on the tip's page and returns the page that follows (after the redirect).</summary>
    public static async Task<IHtmlDocument> ActAsync(HttpClient client, int tipId, string formId,
        Dictionary<string, string>? values = null, string? button = null)
    {
        var page = await DetailAsync(client, tipId);
        var form = page.QuerySelector($"form#{formId}") as IHtmlFormElement;
        Assert.True(form is not null,
            $"no form#{formId}; forms: " + string.Join(", ", page.QuerySelectorAll("form[id]").Select(f => f.Id)));
        var response = await client.SendAsync(form!, values ?? [], button);
        return await HtmlHelpers.GetDocumentAsync(response);
    }

    public static IReadOnlyList<string> FormIds(IHtmlDocument page) =>
        page.QuerySelectorAll("#actions form[id], form#reveal").Select(f => f.Id!).ToList();

    public static string Flash(IHtmlDocument page) => page.QuerySelector("main [role=status]")?.TextContent.Trim() ?? "";

    public static string Errors(IHtmlDocument page) => page.QuerySelector("main [role=alert]")?.TextContent.Trim() ?? "";
}
