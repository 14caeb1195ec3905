using Microsoft.Extensions.Options;

namespace PublicPortal.IntegrationTests.Infrastructure;

/// <summary>Options a test can change while the app runs (e.g. point mail at a dead port, then at the live server).</summary>
public sealed class SwitchableOptions<T>(T initial) : IOptionsMonitor<T> where T : class
{
    public T CurrentValue { get; set; } = initial;

    public T Get(string? name) => CurrentValue;

    public IDisposable? OnChange(Action<T, string?> listener) => null;
}
