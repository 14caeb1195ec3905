namespace PublicPortal.Web.Infrastructure;

public sealed record PagerModel(int Page, int TotalPages, Func<int, string> Url);
