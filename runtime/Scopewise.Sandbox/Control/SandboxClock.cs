namespace Scopewise.Sandbox;

/// <summary>
/// The sandbox's clock: the <see cref="SandboxOptions.TimeProvider"/> it was started with, plus an offset that only
/// moves forward. Advancing it expires access tokens and crosses the refresh-token reuse and inactivity windows and
/// the rate-limit windows, also from outside the process (the admin endpoint's <c>/clock/advance</c>).
/// </summary>
public sealed class SandboxClock : TimeProvider
{
    private readonly TimeProvider _inner;
    private long _offsetTicks;

    internal SandboxClock(TimeProvider inner)
    {
        _inner = inner;
    }

    /// <summary>How far the clock has been advanced beyond the underlying time provider.</summary>
    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    /// <inheritdoc />
    public override TimeZoneInfo LocalTimeZone => _inner.LocalTimeZone;

    /// <inheritdoc />
    public override long TimestampFrequency => _inner.TimestampFrequency;

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => _inner.GetUtcNow() + Offset;

    /// <inheritdoc />
    public override long GetTimestamp() => _inner.GetTimestamp();

    /// <summary>Moves the clock forward; time never goes back, so a token that expired stays expired.</summary>
    /// <param name="by">How far, for example an hour to expire an access token or 91 days to cross the inactivity limit.</param>
    /// <returns>The new time.</returns>
    public DateTimeOffset Advance(TimeSpan by)
    {
        if (by < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(by), by, "The sandbox clock only moves forward; pass a positive duration.");
        }

        Interlocked.Add(ref _offsetTicks, by.Ticks);
        return GetUtcNow();
    }
}
