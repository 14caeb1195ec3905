using Microsoft.AspNetCore.WebUtilities;

namespace PublicPortal.Web.Infrastructure;

/// <summary>Builds shareable URLs that keep the current query string and change one parameter.</summary>
public static class QueryUrl
{
    public static string With(HttpRequest request, string key, string? value)
    {
        var query = request.Query
            .Where(p => !string.Equals(p.Key, key, StringComparison.OrdinalIgnoreCase) && !string.IsNullOrEmpty(p.Value))
            .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v)))
            .ToList();
        if (!string.IsNullOrEmpty(value)) query.Add(new(key, value));
        return QueryHelpers.AddQueryString(request.Path, query);
    }
}
