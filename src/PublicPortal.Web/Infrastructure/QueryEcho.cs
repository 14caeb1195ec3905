namespace PublicPortal.Web.Infrastructure;

public static class QueryEcho
{
    /// <summary>A query value as quoted back in an error message: at most 20 characters, so a pasted essay stays out.</summary>
    public static string Clip(string value) => value.Length > 20 ? value[..20] + "…" : value;
}
