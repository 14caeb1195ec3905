namespace PublicPortal.Web.Infrastructure;

public static class RateLimiting
{
    /// <summary>
    /// How a refused request is answered: 429 with Retry-After, and the site's Chinese error page (status code pages).
    /// Each feature adds its own named policies beside its endpoints (e.g. TipIntakeRateLimits, Open311RateLimit);
    /// a policy with its own OnRejected (Open311's error list) answers instead.
    /// </summary>
    public static IServiceCollection AddPortalRateLimiting(this IServiceCollection services) =>
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                return ValueTask.CompletedTask;
            };
        });
}
