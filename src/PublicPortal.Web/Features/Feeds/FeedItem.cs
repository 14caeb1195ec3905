namespace PublicPortal.Web.Features.Feeds;

/// <summary>One Atom entry: a published (or withdrawn) register row, announcement or annual list version.</summary>
public sealed record FeedItem(
    string Category, string CategoryLabel, string Path, string Title, string Summary, string Author,
    DateTime PublishedAt, DateTime UpdatedAt, bool Withdrawn, bool IsSample)
{
    /// <summary>The title readers see: withdrawn and sample entries say so first, as they do on the site.</summary>
    public string DisplayTitle => (Withdrawn ? "【已撤回】" : "") + (IsSample ? "【示例数据】" : "") + Title;
}
