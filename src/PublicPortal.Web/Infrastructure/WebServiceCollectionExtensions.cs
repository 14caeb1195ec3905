namespace PublicPortal.Web.Infrastructure;

public static class WebServiceCollectionExtensions
{
    public static IServiceCollection AddPortalWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SiteOptions>().BindConfiguration(SiteOptions.Section);
        var cacheSeconds = configuration.GetValue("Site:CacheSeconds", 60);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<RedisConnection>(); // several nodes: shared state in Redis when configured (see its summary)
        // Write Chinese as characters, not &#x...; entities: half the page size, and readable in view-source.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddRazorPages(options =>
        {
            options.Conventions.ConfigureFilter(new Microsoft.AspNetCore.Mvc.AutoValidateAntiforgeryTokenAttribute());
            // The back office: two-factor staff only; sign-in pages open; administration for administrators.
            options.Conventions.AuthorizeFolder("/Staff", Features.Staff.StaffServiceCollectionExtensions.StaffPolicy);
            options.Conventions.AllowAnonymousToFolder("/Staff/Account");
            options.Conventions.AuthorizeFolder("/Staff/Admin", Features.Staff.StaffServiceCollectionExtensions.AdminPolicy);
        });
        services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(o => ChineseBindingMessages(o.ModelBindingMessageProvider));
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "pp-af";
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        // What may be shared between visitors and when it is dropped: see PublicPageCache and PublicPageEviction.
        services.AddOutputCache(options =>
        {
            if (cacheSeconds <= 0) { options.AddBasePolicy(policy => policy.NoCache()); return; }
            options.AddBasePolicy(new PublicPageCache(TimeSpan.FromSeconds(cacheSeconds)));
        });
        services.AddSingleton<PublicPageEviction>();
        services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>(sp => sp.GetRequiredService<PublicPageEviction>());
        services.AddRouting(o => { o.LowercaseUrls = true; o.AppendTrailingSlash = false; });
        return services;
    }

    /// <summary>Model binding's own messages (a value that cannot be parsed, e.g. a date typed by hand) in Chinese.</summary>
    private static void ChineseBindingMessages(Microsoft.AspNetCore.Mvc.ModelBinding.Metadata.DefaultModelBindingMessageProvider p)
    {
        p.SetAttemptedValueIsInvalidAccessor((value, _) => $"“{value}”不是有效的值。");
        p.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"“{value}”不是有效的值。");
        p.SetValueIsInvalidAccessor(value => $"“{value}”不是有效的值。");
        p.SetUnknownValueIsInvalidAccessor(_ => "填写的值无效。");
        p.SetNonPropertyUnknownValueIsInvalidAccessor(() => "填写的值无效。");
        p.SetValueMustBeANumberAccessor(_ => "请填写数字。");
        p.SetNonPropertyValueMustBeANumberAccessor(() => "请填写数字。");
        p.SetValueMustNotBeNullAccessor(_ => "此项必填。");
        p.SetMissingBindRequiredValueAccessor(_ => "缺少必填项。");
        p.SetMissingKeyOrValueAccessor(() => "缺少必填项。");
        p.SetMissingRequestBodyRequiredValueAccessor(() => "提交的内容为空。");
    }
}
