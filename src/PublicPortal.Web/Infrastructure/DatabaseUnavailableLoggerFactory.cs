namespace PublicPortal.Web.Infrastructure;

/// <summary>
/// The logger factory EF Core writes through (see AddPortalData). EF logs each failed connection, command, query and
/// save at Error level with the full exception: during an outage that is several stack traces per request, every one
/// saying what <see cref="DatabaseUnavailableMonitor"/> has already said once. Those entries go out at Debug level
/// instead; every other EF message, and every failure that is not an outage, passes unchanged.
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
            if (logLevel > LogLevel.Debug && DatabaseUnavailable.IsOutage(exception)) logLevel = LogLevel.Debug;
            if (inner.IsEnabled(logLevel)) inner.Log(logLevel, eventId, state, exception, formatter);
        }
    }
}
