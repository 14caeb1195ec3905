using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using PublicPortal.Web.Features.Open311;
using PublicPortal.Web.Features.Tips;

namespace PublicPortal.Web.Pages.Open311;

/// <summary>Open311 接口说明: the human-readable documentation of the GeoReport v2 interface.</summary>
public class IndexModel(IOptions<Open311Options> options, IOptions<PublicPortal.Web.Infrastructure.SiteOptions> site) : PageModel
{
    public string BaseUrl { get; private set; } = "";
    public string JurisdictionId => options.Value.JurisdictionId;
    public int PostsPerMinute => options.Value.PostsPerMinute;
    public IReadOnlyList<TipCategory> Categories { get; } = Enum.GetValues<TipCategory>();

    public void OnGet() => BaseUrl = Open311Endpoints.InterfaceUrl(Request, options.Value, site.Value);
}
