using System.Globalization;
using System.Xml;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.Web.Features.Feeds;

/// <summary>
/// Writes an Atom 1.0 feed (RFC 4287). Entry ids are the entries' permanent page URLs, which never change; times are
/// RFC 3339 in China Standard Time, as the pages show them.
/// </summary>
public static class AtomWriter
{
    private const string Atom = "http://www.w3.org/2005/Atom";

    public sealed record FeedHeader(string Title, string Subtitle, string SelfUrl, string PageUrl, string Publisher, DateTime UpdatedAt);

    public static async Task WriteAsync(
        Stream output, FeedHeader header, IReadOnlyList<FeedItem> items, string baseUrl, CancellationToken ct)
    {
        var settings = new XmlWriterSettings { Async = true, Encoding = new System.Text.UTF8Encoding(false), Indent = true };
        await using var xml = XmlWriter.Create(output, settings);
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, "feed", Atom);
        await xml.WriteAttributeStringAsync("xml", "lang", null, "zh-CN");
        await Element(xml, "id", baseUrl + header.SelfUrl);
        await Element(xml, "title", header.Title);
        await Element(xml, "subtitle", header.Subtitle);
        await Element(xml, "updated", Rfc3339(header.UpdatedAt));
        await Link(xml, "self", "application/atom+xml", baseUrl + header.SelfUrl);
        await Link(xml, "alternate", "text/html", baseUrl + header.PageUrl);
        await xml.WriteStartElementAsync(null, "author", Atom);
        await Element(xml, "name", header.Publisher);
        await xml.WriteEndElementAsync();
        await Element(xml, "rights", "政府信息公开，可自由转载，请注明来源。");

        foreach (var item in items)
        {
            ct.ThrowIfCancellationRequested();
            var url = baseUrl + item.Path;
            await xml.WriteStartElementAsync(null, "entry", Atom);
            await Element(xml, "id", url);
            await Element(xml, "title", item.DisplayTitle);
            await Link(xml, "alternate", "text/html", url);
            await Element(xml, "published", Rfc3339(item.PublishedAt));
            await Element(xml, "updated", Rfc3339(item.UpdatedAt));
            await xml.WriteStartElementAsync(null, "author", Atom);
            await Element(xml, "name", item.Author);
            await xml.WriteEndElementAsync();
            await xml.WriteStartElementAsync(null, "category", Atom);
            await xml.WriteAttributeStringAsync(null, "term", null, item.Category);
            await xml.WriteAttributeStringAsync(null, "label", null, item.CategoryLabel);
            await xml.WriteEndElementAsync();
            await xml.WriteStartElementAsync(null, "summary", Atom);
            await xml.WriteAttributeStringAsync(null, "type", null, "text");
            await xml.WriteStringAsync(XmlText(item.Summary));
            await xml.WriteEndElementAsync();
            await xml.WriteEndElementAsync();
        }
        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
        await xml.FlushAsync();
    }

    /// <summary>UTC stored, shown as +08:00 (China has one time zone and no daylight saving).</summary>
    public static string Rfc3339(DateTime utc) =>
        ChinaTime.ToChinaOffset(utc).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static Task Element(XmlWriter xml, string name, string value) => xml.WriteElementStringAsync(null, name, Atom, XmlText(value));

    /// <summary>Drops characters XML 1.0 cannot carry (control characters pasted or imported into a text field), which
    /// would otherwise make the writer throw half-way through a feed.</summary>
    private static string XmlText(string value) =>
        value.All(XmlConvert.IsXmlChar) ? value : string.Concat(value.Where(XmlConvert.IsXmlChar));

    private static async Task Link(XmlWriter xml, string rel, string type, string href)
    {
        await xml.WriteStartElementAsync(null, "link", Atom);
        await xml.WriteAttributeStringAsync(null, "rel", null, rel);
        await xml.WriteAttributeStringAsync(null, "type", null, type);
        await xml.WriteAttributeStringAsync(null, "href", null, href);
        await xml.WriteEndElementAsync();
    }
}
