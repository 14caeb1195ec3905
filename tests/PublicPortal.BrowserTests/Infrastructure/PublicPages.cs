namespace PublicPortal.BrowserTests.Infrastructure;

/// <summary>
/// Every kind of public page, for the checks that must hold on all of them (axe-core, HTML validity). Detail pages are
/// found by following the first link of their list, so the set grows with the sample data rather than hard-coded ids.
/// </summary>
public static class PublicPages
{
    public static readonly string[] Fixed =
    [
        "/", "/policies", "/policies/shenzhen-2019", "/policies/heyuan-2020", "/announcements", "/lists", "/lists/phase-out",
        "/lists/phase-out?city=440300&sort=capacity", "/lists/sealing", "/lists/cards?card=red", "/lists/emissions", "/lists/quality",
        "/requirements?industry=steel", "/enterprises", "/search?q=钢铁", "/tips", "/tips/track", "/about", "/accessibility",
        "/privacy", "/sitemap", "/stats", "/no-such-page", "/lists/phase-out?year=abc", "/lists/annual", "/feeds", "/open311", "/data",
        "/data/phase-out", "/data/annual-lists", "/data/phase-out.csv?year=abc",
    ];

    /// <summary>List page → the CSS selector of the links to its detail pages.</summary>
    public static readonly (string List, string DetailLink)[] Details =
    [
        ("/lists/phase-out", "tbody a[href^='/lists/phase-out/']"), ("/lists/sealing", "tbody a[href^='/lists/sealing/']"),
        ("/lists/cards", "tbody a[href^='/lists/cards/']"), ("/lists/emissions", "tbody a[href^='/lists/emissions/']"),
        ("/lists/quality", "tbody a[href^='/lists/quality/']"), ("/announcements", "main a[href^='/announcements/']"),
        ("/enterprises", "main a[href^='/enterprises/']"),
    ];

    public static IEnumerable<object[]> FixedData => Fixed.Select(p => new object[] { p });
    public static IEnumerable<object[]> DetailData => Details.Select(d => new object[] { d.List, d.DetailLink });
}
