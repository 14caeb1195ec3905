using System.Security.Cryptography;

namespace PublicPortal.Web.Infrastructure;

/// <summary>
/// A stored cipher that cannot be decrypted (its key's KEK is missing or another one is configured) answers 503 with a
/// plain Chinese explanation, on every page and handler alike, instead of a 500 or the developer exception page.
/// Sits inside UseStatusCodePagesWithReExecute, which renders the message (see StatusCodeModel).
/// </summary>
public static partial class KeyMissingPage
{
    public const string Message = "无法解密：加密密钥缺失或不匹配，请联系系统管理员。";

    public static IApplicationBuilder UseKeyMissingPage(this IApplicationBuilder app)
    {
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(KeyMissingPage));
        return app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (Exception e) when (IsCause(e) && !context.Response.HasStarted)
            {
                // Only the path: the exception message names keys, not data, but the query string might hold anything.
                LogUndecryptable(logger, context.Request.Path, e.Message);
                context.Response.Clear();
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                context.Items[PageModelExtensions.ErrorMessageKey] = Message;
            }
        });
    }

    /// <summary>A cipher that cannot be decrypted, thrown directly or wrapped by whatever used the plaintext.</summary>
    public static bool IsCause(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
            if (e is CryptographicException) return true;
        return false;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "无法解密 {Path} 所需的数据，密钥加密密钥缺失或不匹配：{Error}")]
    private static partial void LogUndecryptable(ILogger logger, string path, string error);
}
