namespace PublicPortal.Web.Infrastructure;

/// <summary>One step of the breadcrumb trail; pages set ViewData["Breadcrumbs"] to a list of these.</summary>
public sealed record Crumb(string Text, string? Url = null);
