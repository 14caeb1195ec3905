using Microsoft.AspNetCore.OutputCaching;
using PublicPortal.Web.Features.Reference;

namespace PublicPortal.Web.Infrastructure;

public static class WebServiceCollectionExtensions
{
    public static IServiceCollection AddPortalWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SiteOptions>().BindConfiguration(SiteOptions.Section);
        var cacheSeconds = configuration.GetValue("Site:CacheSeconds", 60);
        services.AddSingleton(TimeProvider.System);
        // Write Chinese as characters, not &#x...; entities: half the page size, and readable in view-source.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddScoped<ReferenceLookup>();
        services.AddRazorPages(options =>
        {
            options.Conventions.ConfigureFilter(new Microsoft.AspNetCore.Mvc.AutoValidateAntiforgeryTokenAttribute());
            // The back office: two-factor staff only; sign-in pages open; administration for administrators.
            options.Conventions.AuthorizeFolder("/Staff", Features.Staff.StaffServiceCollectionExtensions.StaffPolicy);
            options.Conventions.AllowAnonymousToFolder("/Staff/Account");
            options.Conventions.AuthorizeFolder("/Staff/Admin", Features.Staff.StaffServiceCollectionExtensions.AdminPolicy);
        });
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "pp-af";
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddOutputCache(options =>
        {
            // Anonymous GETs only (the default policy skips authenticated requests and responses that set cookies),
            // varied by the 长者模式 cookie and the whole query string.
            if (cacheSeconds <= 0) { options.AddBasePolicy(policy => policy.NoCache()); return; }
            options.AddBasePolicy(policy => policy
                .Expire(TimeSpan.FromSeconds(cacheSeconds))
                .SetVaryByQuery("*")
                .VaryByValue(context => new KeyValuePair<string, string>("elder", ElderMode.IsOn(context) ? "1" : "0")));
        });
        services.AddRouting(o => { o.LowercaseUrls = true; o.AppendTrailingSlash = false; });
        return services;
    }
}
