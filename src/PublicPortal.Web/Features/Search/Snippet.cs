using System.Text.RegularExpressions;

namespace PublicPortal.Web.Features.Search;

/// <summary>
/// A short excerpt around the first match of a keyword. Kept as three plain strings so the page writes
/// <c>@Before&lt;mark&gt;@Match&lt;/mark&gt;@After</c> and Razor encodes each part: no HTML is built here.
/// </summary>
public sealed partial record Snippet(string Before, string Match, string After)
{
    public const int Radius = 40;

    public static Snippet Around(string text, string keyword, int radius = Radius)
    {
        text = Whitespace().Replace(text, " ").Trim();
        var at = string.IsNullOrEmpty(keyword) ? -1 : text.IndexOf(keyword, StringComparison.OrdinalIgnoreCase);
        if (at < 0)
            return new Snippet(text.Length > radius * 2 ? text[..(radius * 2)] + "…" : text, "", "");
        var start = Math.Max(0, at - radius);
        var end = Math.Min(text.Length, at + keyword.Length + radius);
        return new Snippet(
            (start > 0 ? "…" : "") + text[start..at],
            text.Substring(at, keyword.Length),
            text[(at + keyword.Length)..end] + (end < text.Length ? "…" : ""));
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
