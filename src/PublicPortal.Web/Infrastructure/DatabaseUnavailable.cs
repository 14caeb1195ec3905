using System.Data.Common;
using Npgsql;

namespace PublicPortal.Web.Infrastructure;

/// <summary>
/// A request that cannot reach the database (PostgreSQL restarting, the network to it cut, a connection that broke
/// mid-query) answers 503 with <c>Retry-After</c> and a plain Chinese page instead of a 500, on every page and handler
/// alike; a POSTed form says that nothing was stored. Every save is one transaction, so "nothing" is true: the tip-off
/// form keeps its submission key, and submitting it again files it once. The outage itself is logged once when it starts
/// and once when it ends (<see cref="DatabaseUnavailableMonitor"/>), not per request. Sits inside
/// UseStatusCodePagesWithReExecute, which renders the message (see StatusCodeModel), like <see cref="KeyMissingPage"/>.
/// </summary>
public static partial class DatabaseUnavailable
{
    public const string Title = "系统暂时无法访问数据库";
    public const string Message = "系统暂时无法访问数据库，请稍后再试。通常几分钟内即可恢复；如长时间无法访问，请拨打联系电话反映。";
    public const string NotSavedMessage =
        "系统暂时无法访问数据库，您刚才提交的内容没有保存。请稍后返回上一页重新提交；同一份表单再次提交不会重复登记。";

    /// <summary>Seconds a client (or a balancer) is told to wait: about how long PostgreSQL takes to restart.</summary>
    public const int RetryAfterSeconds = 15;

    public static IApplicationBuilder UseDatabaseUnavailablePage(this IApplicationBuilder app)
    {
        var monitor = app.ApplicationServices.GetRequiredService<DatabaseUnavailableMonitor>();
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseUnavailable));
        return app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (Exception e) when (IsCause(e) && !context.Response.HasStarted)
            {
                // An outage is logged by the monitor when it begins; a passing conflict (a deadlock, a busy SQLite file) is
                // not an outage and is worth a line of its own, without the stack trace.
                if (IsOutage(e)) monitor.ReportFailure(e);
                else LogBusy(logger, context.Request.Path, Reason(e));
                var method = context.Request.Method;
                context.Response.Clear();
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                context.Response.Headers.CacheControl = "no-store";
                context.Items[PageModelExtensions.ErrorMessageKey] =
                    HttpMethods.IsGet(method) || HttpMethods.IsHead(method) ? Message : NotSavedMessage;
            }
        });
    }

    /// <summary>A database failure that another try, a little later, may not meet: the provider says it is transient
    /// (a connection refused, reset or timed out, the server shutting down, a deadlock, SQLite busy), thrown directly or
    /// wrapped by EF Core (DbUpdateException, a retrying strategy) or by whatever ran the query.</summary>
    public static bool IsCause(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
            if (e is DbException { IsTransient: true }) return true;
        return false;
    }

    /// <summary>The database cannot be reached at all (as opposed to a conflict between two transactions): no connection
    /// can be made or the one in use broke. Only PostgreSQL (and SQL Server) are reached over a network; a SQLite file
    /// that is busy is not an outage.</summary>
    public static bool IsOutage(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                // 08 connection exception, 57P01-03 the server is shutting down or starting, 53300 too many connections.
                case PostgresException p:
                    return p.SqlState.StartsWith("08", StringComparison.Ordinal) || p.SqlState.StartsWith("57P", StringComparison.Ordinal)
                        || p.SqlState == PostgresErrorCodes.TooManyConnections;
                case NpgsqlException { IsTransient: true }:
                    return true; // not from the server: the socket (refused, reset, timed out) or the pool waiting for one
                case Microsoft.Data.Sqlite.SqliteException:
                    return false;
                case DbException { IsTransient: true }:
                    return true;
            }
        }
        return false;
    }

    /// <summary>What went wrong in a few words for the log: the exception type and its first line (host and port at most,
    /// never a password: Npgsql does not put the connection string in its messages).</summary>
    public static string Reason(Exception e)
    {
        var cause = e;
        for (var inner = e; inner is not null; inner = inner.InnerException)
            if (inner is DbException) { cause = inner; break; }
        var message = cause.Message.Split('\n')[0].Trim();
        return $"{cause.GetType().Name}: {message}";
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "数据库暂时繁忙，{Path} 答复 503：{Reason}")]
    private static partial void LogBusy(ILogger logger, string path, string reason);
}
