using Microsoft.Extensions.Caching.Memory;

namespace PublicPortal.Web.Features.Reference;

/// <summary>Drops the cached reference data after an administrator's edit, so the change shows on the next request.</summary>
public class ReferenceCache(IMemoryCache cache)
{
    public const string LookupKey = "reference-lookup";
    public const string CalendarKey = "working-day-calendar";

    public void Invalidate()
    {
        cache.Remove(LookupKey);
        cache.Remove(CalendarKey);
    }
}
