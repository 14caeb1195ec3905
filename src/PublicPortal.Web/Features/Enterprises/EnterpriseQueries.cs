using PublicPortal.Web.Features.Reference;
using PublicPortal.Web.Features.Registers;

namespace PublicPortal.Web.Features.Enterprises;

public static class EnterpriseQueries
{
    /// <summary>Name contains the keyword, or the credit code contains it once normalised (pasted full-width or
    /// lower-case codes match).</summary>
    public static IQueryable<Enterprise> Matching(this IQueryable<Enterprise> query, string keyword)
    {
        var code = CreditCode.Normalize(keyword);
        return query.Where(e => e.Name.Contains(keyword) || e.CreditCode.Contains(code));
    }
}
