namespace PublicPortal.Web.Infrastructure;

/// <summary>
/// Return URLs taken from a query string or form. Only a path on this site is followed ("/…", not "//host" or "/\host":
/// an open redirect would let anyone dress a phishing link in our domain); anything else — foreign, malformed, with control
/// characters, spaces or raw non-ASCII (which the server cannot put in a Location header) — falls back, instead of the
/// exception LocalRedirect throws.
/// </summary>
public static class LocalUrl
{
    public static bool IsSafe(string? url) =>
        url is { Length: > 0 and <= 2000 } && url[0] == '/'
        && (url.Length == 1 || url[1] is not ('/' or '\\'))
        && url.All(c => c is > ' ' and < '\u007f');

    /// <summary><paramref name="url"/> when it is a safe local path, else <paramref name="fallback"/>.</summary>
    public static string OrDefault(string? url, string fallback) => IsSafe(url) ? url! : fallback;

    /// <summary>Like <see cref="OrDefault"/>, but only a path under <paramref name="area"/> (e.g. "/staff") is kept.</summary>
    public static string Within(string? url, string area) =>
        IsSafe(url) && new PathString(url!.Split('?', '#')[0]).StartsWithSegments(area, StringComparison.OrdinalIgnoreCase) ? url : area;
}
