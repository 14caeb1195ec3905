using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PublicPortal.Web.Infrastructure;

/// <summary>
/// The logger factory EF Core writes through (see AddPortalData). EF logs each failed connection, command, query and
/// save at Error level: during an outage that is several entries per request, with stack traces, every one saying what
/// <see cref="DatabaseUnavailableMonitor"/> has already said once. Those go out at Debug level instead:
/// <list type="bullet">
/// <item>an entry whose exception is an outage (a failed query or save);</item>
/// <item>"An error occurred using the connection" and "Failed executing DbCommand", always: EF writes them before anyone
/// knows whether the database is away, and without the exception, which is thrown on and reported where it lands (the
/// monitor for an outage; the exception handler or the worker otherwise). A failed command that is not an outage is
/// still logged at Error level with its SQL, by <see cref="DatabaseUnavailableInterceptor"/>, which sees the exception.</item>
/// </list>
/// Every other EF message, and every failure that is not an outage, passes unchanged.
/// </summary>
public sealed class DatabaseUnavailableLoggerFactory(ILoggerFactory inner) : ILoggerFactory
{
    public ILogger CreateLogger(string categoryName) => new Logger(inner.CreateLogger(categoryName));

    public void AddProvider(ILoggerProvider provider) => inner.AddProvider(provider);

    public void Dispose() { } // the application's factory belongs to the host

    private sealed class Logger(ILogger inner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => inner.BeginScope(state);

        public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception,
            Func<TState, Exception?, string> formatter)
        {
            if (logLevel > LogLevel.Debug && IsOutageNoise(eventId, exception)) logLevel = LogLevel.Debug;
            if (inner.IsEnabled(logLevel)) inner.Log(logLevel, eventId, state, exception, formatter);
        }

        private static bool IsOutageNoise(EventId eventId, Exception? exception) =>
            DatabaseUnavailable.IsOutage(exception)
            || eventId.Id == RelationalEventId.ConnectionError.Id || eventId.Id == RelationalEventId.CommandError.Id;
    }
}
