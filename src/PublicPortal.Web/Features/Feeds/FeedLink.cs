using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace PublicPortal.Web.Features.Feeds;

/// <summary>
/// A feed a page offers: the layout renders each as &lt;link rel="alternate"&gt; in the head (for feed readers and
/// browsers) and as a visible "订阅" link under the content (for people).
/// </summary>
public sealed record FeedLink(string Title, string Url)
{
    private const string Key = "Feeds";

    public static FeedLink For(string slug) =>
        FeedCatalog.Find(slug) is { } feed
            ? new(feed.Title, FeedCatalog.Url(slug))
            : throw new ArgumentOutOfRangeException(nameof(slug), slug, null);

    public static FeedLink ForJurisdiction(string name, string code) => new($"{name}全部更新", FeedCatalog.JurisdictionUrl(code));

    /// <summary>A register list's feed, and the feed of the place it is filtered to, if any.</summary>
    public static FeedLink?[] ForRegister(string slug, Registers.RegisterFilter filter) =>
    [
        For(slug),
        filter.CountyNode is { } county ? ForJurisdiction(county.Name, county.Code)
            : filter.CityNode is { } city ? ForJurisdiction(city.Name, city.Code) : null,
    ];

    /// <summary>Offers <paramref name="links"/> on the page being rendered.</summary>
    public static void Offer(ViewDataDictionary viewData, params FeedLink?[] links) =>
        viewData[Key] = links.OfType<FeedLink>().ToList();

    public static IReadOnlyList<FeedLink> Offered(ViewDataDictionary viewData) =>
        viewData[Key] as IReadOnlyList<FeedLink> ?? [];
}
