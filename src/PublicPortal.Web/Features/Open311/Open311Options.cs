namespace PublicPortal.Web.Features.Open311;

/// <summary>The Open311 GeoReport v2 interface; bound from "Open311".</summary>
public class Open311Options
{
    public const string Section = "Open311";

    /// <summary>The one jurisdiction this endpoint serves (the spec suggests the site's domain without www). A request may
    /// omit jurisdiction_id; one that sends another value is answered 404.</summary>
    public string JurisdictionId { get; set; } = "gd.gov.cn";
    /// <summary>discovery: changeset, the date the interface last changed (ISO 8601).</summary>
    public string Changeset { get; set; } = "2026-11-22T00:00:00+08:00";
    /// <summary>discovery: whom partners contact.</summary>
    public string Contact { get; set; } = "广东省淘汰落后产能工作协调小组办公室，电话 12345";
    /// <summary>Absolute base URL of the interface as published in discovery (e.g. https://example.gov.cn/open311/v2/);
    /// by default taken from the request.</summary>
    public string? BaseUrl { get; set; }
    /// <summary>Per partner key (and per client address), the POSTs allowed per minute.</summary>
    public int PostsPerMinute { get; set; } = 30;
}
