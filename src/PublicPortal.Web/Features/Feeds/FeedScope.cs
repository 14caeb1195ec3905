using PublicPortal.Web.Features.Reference;
using PublicPortal.Web.Features.Registers;

namespace PublicPortal.Web.Features.Feeds;

/// <summary>Which places a feed covers: everywhere, one city (with its counties) or one county.</summary>
public sealed record FeedScope(int? CityId, int? CountyId, IReadOnlyList<int>? JurisdictionIds)
{
    public static readonly FeedScope Everywhere = new(null, null, null);

    /// <summary>The scope of a jurisdiction code; the province means everywhere.</summary>
    public static FeedScope Of(Jurisdiction place, ReferenceLookup.Snapshot refs) => place.Level switch
    {
        JurisdictionLevel.Province => Everywhere,
        JurisdictionLevel.City => new(place.Id, null, [place.Id, .. refs.CountiesOf(place.Id).Select(c => c.Id)]),
        _ => new(null, place.Id, [place.Id]),
    };

    public IQueryable<T> Apply<T>(IQueryable<T> query) where T : RegisterEntry
    {
        if (CountyId is { } county) return query.Where(e => e.JurisdictionId == county);
        if (CityId is { } city) return query.Where(e => e.CityId == city);
        return query;
    }

    /// <summary>Announcements and annual lists name one jurisdiction only, so a city covers its own and its counties'.</summary>
    public bool Covers(int jurisdictionId) => JurisdictionIds is null || JurisdictionIds.Contains(jurisdictionId);
}
