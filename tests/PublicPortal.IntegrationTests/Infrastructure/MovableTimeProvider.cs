namespace PublicPortal.IntegrationTests.Infrastructure;

/// <summary>A clock that runs with real time but can be moved forward, e.g. past a token's expiry.</summary>
public sealed class MovableTimeProvider : TimeProvider
{
    private TimeSpan _offset;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + _offset;

    public void Advance(TimeSpan by) => _offset += by;
}
