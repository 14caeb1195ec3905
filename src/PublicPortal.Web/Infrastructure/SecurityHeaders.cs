using Microsoft.Extensions.Options;
using PublicPortal.Web.Features.Tips.Intake;

namespace PublicPortal.Web.Infrastructure;

/// <summary>Security headers on every response. The CSP allows only same-origin scripts and styles: no inline script,
/// no third-party host (the portal must work in mainland China without foreign CDNs). Workers, too, only from the portal
/// itself (the human check's proof of work runs in one).</summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; worker-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>The policy in force: the strict default, widened only to the reCAPTCHA host when a deployment chose reCAPTCHA.</summary>
    public static string PolicyFor(HumanCheckOptions check)
    {
        if (check.Mode == HumanCheckMode.SelfHosted || !Uri.TryCreate(check.RecaptchaScriptUrl, UriKind.Absolute, out var script))
            return ContentSecurityPolicy;
        var origin = script.GetLeftPart(UriPartial.Authority);
        return ContentSecurityPolicy.Replace("script-src 'self'",
                $"script-src 'self' {origin} https://www.gstatic.com https://www.gstatic.cn")
            + $"; frame-src {origin}";
    }

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
    {
        var policy = PolicyFor(app.ApplicationServices.GetRequiredService<IOptions<HumanCheckOptions>>().Value);
        return app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                // A response that set a stricter policy of its own keeps it (an evidence file: see Staff/Tips/Files).
                if (string.IsNullOrEmpty(headers.ContentSecurityPolicy)) headers.ContentSecurityPolicy = policy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), interest-cohort=()";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                return Task.CompletedTask;
            });
            await next();
        });
    }
}
