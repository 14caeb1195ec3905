namespace PublicPortal.Web.Infrastructure;

/// <summary>
/// The staff sign-in cookie is scoped to the path /staff, and browsers match cookie paths case-sensitively; a hand-typed
/// /Staff/queue would arrive without the cookie and ask for sign-in again. Such URLs are redirected (308, so a form's
/// method survives) to the same path with the /staff prefix in lower case; Razor Pages routes ignore case for the rest.
/// </summary>
public static class StaffPathCasing
{
    private const string Prefix = "/staff";

    public static IApplicationBuilder UseLowercaseStaffPrefix(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var path = context.Request.Path.Value ?? "";
        if (path.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) && !path.StartsWith(Prefix, StringComparison.Ordinal)
            && (path.Length == Prefix.Length || path[Prefix.Length] == '/'))
        {
            context.Response.StatusCode = StatusCodes.Status308PermanentRedirect;
            context.Response.Headers.Location = context.Request.PathBase + Prefix + path[Prefix.Length..] + context.Request.QueryString;
            return;
        }
        await next();
    });
}
