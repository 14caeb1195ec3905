using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace PublicPortal.Web.Infrastructure;

/// <summary>
/// Whether this node can reach its database, as the last query (or health check) found it. An outage is logged once
/// when it starts, with its exception, and once when the first query succeeds again, with its length; the requests and
/// EF Core messages in between say nothing more (see <see cref="DatabaseUnavailableLoggerFactory"/>), so a restart of
/// PostgreSQL under load leaves two lines in the log instead of thousands of stack traces.
/// </summary>
public sealed partial class DatabaseUnavailableMonitor(TimeProvider clock, ILogger<DatabaseUnavailableMonitor> logger)
{
    private int _down;
    private DateTimeOffset _since;

    public bool IsDown => Volatile.Read(ref _down) == 1;

    public void ReportFailure(Exception e)
    {
        if (Interlocked.Exchange(ref _down, 1) == 1) return;
        _since = clock.GetUtcNow();
        LogDown(logger, e, DatabaseUnavailable.Reason(e));
    }

    public void ReportSuccess()
    {
        if (Volatile.Read(ref _down) == 0 || Interlocked.Exchange(ref _down, 0) == 0) return;
        LogUp(logger, (int)Math.Round((clock.GetUtcNow() - _since).TotalSeconds));
    }

    [LoggerMessage(Level = LogLevel.Error,
        Message = "数据库无法访问，请求答复 503 直至恢复（恢复前不再逐条记录）：{Reason}")]
    private static partial void LogDown(ILogger logger, Exception exception, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "数据库已恢复访问，中断约 {Seconds} 秒")]
    private static partial void LogUp(ILogger logger, int seconds);
}

/// <summary>
/// Tells <see cref="DatabaseUnavailableMonitor"/> what every EF Core query meets: a command that ran means the database
/// is back; a connection or command that failed for want of the server means it is away. Npgsql's pool may still hold
/// connections that the outage broke, which would fail the first requests after PostgreSQL returns: each such failure
/// clears this database's pool, so that the next request opens a fresh connection (Npgsql 10 drops a broken connection by
/// itself, and the outage test passes without this; it is cheap insurance for connections broken while idle).
/// A failed command that is not an outage is logged here, with its SQL, in place of EF Core's own entry
/// (see <see cref="DatabaseUnavailableLoggerFactory"/>).
/// </summary>
public sealed partial class DatabaseUnavailableInterceptor(
    DatabaseUnavailableMonitor monitor, ILogger<DatabaseUnavailableInterceptor> logger)
    : DbConnectionInterceptor, IDbCommandInterceptor
{
    public override void ConnectionFailed(DbConnection connection, ConnectionErrorEventData eventData) =>
        Failed(connection, eventData.Exception);

    public override Task ConnectionFailedAsync(DbConnection connection, ConnectionErrorEventData eventData,
        CancellationToken cancellationToken = default)
    {
        Failed(connection, eventData.Exception);
        return Task.CompletedTask;
    }

    public void CommandFailed(DbCommand command, CommandErrorEventData eventData) => CommandFailed(command, eventData.Exception);

    public Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        CommandFailed(command, eventData.Exception);
        return Task.CompletedTask;
    }

    private void CommandFailed(DbCommand command, Exception exception)
    {
        // A cancelled request (the visitor went away) is not a failure worth an Error, as EF Core itself decides.
        if (!DatabaseUnavailable.IsOutage(exception) && exception is not OperationCanceledException)
            LogCommandFailed(logger, DatabaseUnavailable.Reason(exception), command.CommandText);
        Failed(command.Connection, exception);
    }

    public DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result) =>
        Succeeded(result);

    public ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result,
        CancellationToken cancellationToken = default) => ValueTask.FromResult(Succeeded(result));

    public object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result) => Succeeded(result);

    public ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result,
        CancellationToken cancellationToken = default) => ValueTask.FromResult(Succeeded(result));

    public int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result) => Succeeded(result);

    public ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result,
        CancellationToken cancellationToken = default) => ValueTask.FromResult(Succeeded(result));

    private T Succeeded<T>(T result)
    {
        monitor.ReportSuccess();
        return result;
    }

    private void Failed(DbConnection? connection, Exception exception)
    {
        if (!DatabaseUnavailable.IsOutage(exception)) return;
        if (connection is NpgsqlConnection npgsql) NpgsqlConnection.ClearPool(npgsql);
        monitor.ReportFailure(exception);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "数据库命令执行失败：{Reason}\n{CommandText}")]
    private static partial void LogCommandFailed(ILogger logger, string reason, string commandText);
}
