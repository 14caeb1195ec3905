using Microsoft.AspNetCore.WebUtilities;

namespace PublicPortal.Web.Features.OpenData;

/// <summary>Links from the public list pages to the same rows as data.</summary>
public static class DownloadLinks
{
    /// <summary>
    /// /data/{slug}.{format} with the list's current filters; paging and sorting are left out (a download is every row, by id).
    /// </summary>
    public static string ForList(HttpRequest request, string slug, string format)
    {
        var query = request.Query
            .Where(p => p.Key is not ("page" or "sort") && !string.IsNullOrEmpty(p.Value))
            .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v)));
        return QueryHelpers.AddQueryString($"/data/{slug}.{format}", query);
    }
}
