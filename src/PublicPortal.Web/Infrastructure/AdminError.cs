using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace PublicPortal.Web.Infrastructure;

/// <summary>A business-rule failure of a back-office change, in Chinese, for the field it concerns ("" = the whole form).</summary>
public sealed record AdminError(string Field, string Message);

public static class AdminErrorExtensions
{
    /// <summary>Shows each error next to its field (<paramref name="prefix"/> + field, e.g. "Input.Code") or in the summary.</summary>
    public static bool AddErrors(this ModelStateDictionary modelState, IEnumerable<AdminError> errors, string prefix = "Input.")
    {
        var any = false;
        foreach (var e in errors)
        {
            modelState.AddModelError(e.Field.Length == 0 ? string.Empty : prefix + e.Field, e.Message);
            any = true;
        }
        return any;
    }
}
