using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using PublicPortal.IntegrationTests.Infrastructure;

namespace PublicPortal.IntegrationTests.Site;

/// <summary>Every page: lang="zh-CN", a non-empty title of its own and a meta description. Checks a fixed set of pages
/// plus every page the home page links to, so pages added later are covered without editing this test.</summary>
public class PageMetadataTests(SampleDataFactory factory) : IClassFixture<SampleDataFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Pages_HaveLanguageUniqueTitleAndDescription()
    {
        var detailId = await factory.WithDbAsync(db => db.PhaseOutEntries.OrderBy(e => e.Id).Select(e => e.Id).FirstAsync());
        var urls = new List<string> { "/", "/lists/phase-out", $"/lists/phase-out/{detailId}" };
        var home = await _client.GetPageAsync("/");
        urls.AddRange(home.QuerySelectorAll("a[href^='/']").Cast<IHtmlAnchorElement>()
            .Select(a => a.GetAttribute("href")!)
            .Where(h => !h.StartsWith("//", StringComparison.Ordinal) && !h.Contains('?') && !h.Contains('#'))
            .Where(h => !h.StartsWith("/elder-mode", StringComparison.Ordinal)));
        urls = urls.Distinct().ToList();

        var titles = new Dictionary<string, string>();
        var problems = new List<string>();
        foreach (var url in urls)
        {
            using var response = await _client.GetAsync(url);
            if (response.StatusCode == HttpStatusCode.NotFound && url is not ("/" or "/lists/phase-out")
                && !url.StartsWith("/lists/phase-out/", StringComparison.Ordinal))
                continue; // a linked page that answers 404 is skipped (pages were still being built); the fixed set above must exist
            if (response.StatusCode != HttpStatusCode.OK) { problems.Add($"{url}: status {(int)response.StatusCode}"); continue; }
            if (response.Content.Headers.ContentType?.MediaType != "text/html") continue;
            var page = await HtmlHelpers.GetDocumentAsync(response);
            if (page.DocumentElement.GetAttribute("lang") != "zh-CN") problems.Add($"{url}: lang is not zh-CN");
            var title = page.Title?.Trim() ?? "";
            if (title.Length == 0) problems.Add($"{url}: empty <title>");
            else if (titles.FirstOrDefault(t => t.Value == title).Key is { } other)
                problems.Add($"{url}: same <title> as {other}: {title}");
            else titles[url] = title;
            var description = page.QuerySelector("meta[name=description]")?.GetAttribute("content")?.Trim();
            if (string.IsNullOrEmpty(description)) problems.Add($"{url}: no meta description");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.True(titles.Count >= 3, $"checked only {titles.Count} pages: {string.Join(", ", titles.Keys)}");
    }

    [Fact]
    public async Task ErrorPages_HaveLanguageTitleAndDescriptionToo()
    {
        var page = await _client.GetPageAsync("/no-such-page", HttpStatusCode.NotFound);
        Assert.Equal("zh-CN", page.DocumentElement.GetAttribute("lang"));
        Assert.False(string.IsNullOrWhiteSpace(page.Title));
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("meta[name=description]")?.GetAttribute("content")));
    }
}
