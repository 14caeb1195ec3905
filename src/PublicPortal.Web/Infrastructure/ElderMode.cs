namespace PublicPortal.Web.Infrastructure;

/// <summary>
/// 长者模式 / 无障碍: larger text and high contrast, remembered in a cookie. Toggled by a plain link, so it works without
/// JavaScript; the layout puts the class on &lt;html&gt; and the output cache varies by the cookie.
/// </summary>
public static class ElderMode
{
    public const string Cookie = "pp-elder";

    public static bool IsOn(HttpContext context) => context.Request.Cookies[Cookie] == "1";

    public static string ToggleUrl(HttpContext context)
    {
        var here = context.Request.Path + context.Request.QueryString;
        return $"/elder-mode?on={(IsOn(context) ? 0 : 1)}&returnUrl={Uri.EscapeDataString(here)}";
    }

    public static IEndpointRouteBuilder MapElderMode(this IEndpointRouteBuilder app)
    {
        app.MapGet("/elder-mode", (HttpContext context, string? on, string? returnUrl) =>
        {
            var enable = on == "1";
            context.Response.Cookies.Append(Cookie, enable ? "1" : "0", new CookieOptions
            {
                HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = context.Request.IsHttps, IsEssential = true,
                MaxAge = TimeSpan.FromDays(365),
            });
            return Results.LocalRedirect(LocalUrl.OrDefault(returnUrl, "/"));
        });
        return app;
    }
}
