namespace PublicPortal.Web.Infrastructure;

/// <summary>The site's identity as shown in the header and footer. Bound from the "Site" section; every value is
/// configuration because each deploying government fills in its own 网站标识码 and ICP number.</summary>
public class SiteOptions
{
    public const string Section = "Site";

    public string Name { get; set; } = "淘汰落后产能信息公开与监督平台";
    public string Jurisdiction { get; set; } = "广东省";
    public string Sponsor { get; set; } = "广东省淘汰落后产能工作协调小组办公室";
    public string? Organizer { get; set; }
    public string ContactPhone { get; set; } = "12345";
    public string? ContactEmail { get; set; }
    public string? ContactAddress { get; set; }
    /// <summary>网站标识码 assigned by the State Council's government website registry.</summary>
    public string SiteCode { get; set; } = "（部署时配置）";
    /// <summary>ICP 备案号, e.g. 粤ICP备xxxxxxxx号.</summary>
    public string IcpNumber { get; set; } = "（部署时配置）";
    /// <summary>公安机关备案号, optional.</summary>
    public string? PoliceRecordNumber { get; set; }
    /// <summary>Absolute base URL used in canonical links and feeds, e.g. https://example.gov.cn.</summary>
    public string? BaseUrl { get; set; }
    /// <summary>The site's absolute base URL without a trailing slash, for feeds, descriptors and Open311 discovery:
    /// <see cref="BaseUrl"/> when configured, else the request's own scheme, host and path base.</summary>
    public string AbsoluteBase(HttpRequest request) =>
        BaseUrl is { Length: > 0 } configured ? configured.TrimEnd('/') : $"{request.Scheme}://{request.Host}{request.PathBase}";

    /// <summary>How long anonymous pages stay in the output cache; 0 turns the cache off.</summary>
    public int CacheSeconds { get; set; } = 60;
}
