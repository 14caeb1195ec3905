using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.Web.Pages;

/// <summary>The friendly 500 page (UseExceptionHandler outside Development): no exception detail, only a request id.</summary>
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
[IgnoreAntiforgeryToken]
public class ErrorModel : PageModel
{
    public string RequestId { get; private set; } = "";

    /// <summary>The failure was a cipher that cannot be decrypted: said plainly (503), as KeyMissingPage does for the
    /// requests it sees; this catches what reaches the exception handler some other way (e.g. wrapped in another exception).</summary>
    public bool KeyMissing { get; private set; }

    public void OnGet() => Handle();
    public void OnPost() => Handle();

    private void Handle()
    {
        RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        KeyMissing = KeyMissingPage.IsCause(HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error);
        Response.StatusCode = KeyMissing ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError;
    }
}
