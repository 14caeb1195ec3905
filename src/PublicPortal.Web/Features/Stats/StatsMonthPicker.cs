namespace PublicPortal.Web.Features.Stats;

/// <summary>The GET form choosing the month, and links to the months either side (none past <paramref name="Latest"/>).</summary>
public sealed record StatsMonthPicker(string Action, StatsMonth Month, StatsMonth Latest);
