using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace PublicPortal.Web.Infrastructure;

public static class PageModelExtensions
{
    public const string ErrorMessageKey = "pp-error-message";

    /// <summary>A 400 answered by the friendly error page, which shows <paramref name="message"/> (in Chinese).</summary>
    public static IActionResult BadRequestPage(this PageModel page, string message)
    {
        page.HttpContext.Items[ErrorMessageKey] = message;
        return page.StatusCode(StatusCodes.Status400BadRequest);
    }
}
