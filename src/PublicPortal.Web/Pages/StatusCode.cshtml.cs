using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.Web.Pages;

/// <summary>Friendly Chinese pages for 4xx/5xx status codes, re-executed by UseStatusCodePagesWithReExecute.</summary>
[IgnoreAntiforgeryToken]
public class StatusCodeModel : PageModel
{
    public string Title { get; private set; } = "";
    public string Message { get; private set; } = "";

    public void OnGet(int code) => Describe(code);
    public void OnPost(int code) => Describe(code);

    private void Describe(int code)
    {
        // Direct visits to /error/404 answer with that status too, so crawlers never index an error page as content.
        if (HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is null)
            Response.StatusCode = code is >= 400 and < 600 ? code : 404;
        var detail = HttpContext.Items[PageModelExtensions.ErrorMessageKey] as string;
        (Title, Message) = code switch
        {
            400 => ("请求有误", detail ?? "请求的参数格式不正确，请检查后重试。"),
            403 => ("无权访问", "您没有访问此页面的权限。"),
            404 => ("页面不存在", "您访问的页面不存在或已被移除。请检查网址，或从首页重新进入。"),
            405 => ("请求方式不支持", "此页面不支持该请求方式。"),
            413 => ("提交的内容过大", "提交的文件或内容超过了允许的大小，请缩小后重试。"),
            429 => ("操作过于频繁", "您的操作过于频繁，请稍候一分钟再试。"),
            503 when detail == KeyMissingPage.Message => ("无法解密", detail),
            503 when detail is DatabaseUnavailable.Message or DatabaseUnavailable.NotSavedMessage => (DatabaseUnavailable.Title, detail),
            _ when code >= 500 => ("系统繁忙", "系统暂时无法处理您的请求，请稍后再试。"),
            _ => ("无法完成请求", detail ?? "请求无法完成，请返回首页重试。"),
        };
    }
}
