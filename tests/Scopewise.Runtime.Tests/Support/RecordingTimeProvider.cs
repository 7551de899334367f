using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace Scopewise.Runtime.Tests.Support;

/// <summary>
/// A fake clock that also reports every timer the code under test starts, so a test can see exactly how long the
/// runtime decided to wait and then move time by that much. The sandbox gets <see cref="Fake"/> (same clock, no reports).
/// </summary>
internal sealed class RecordingTimeProvider : TimeProvider
{
    private readonly Channel<TimeSpan> _timers = Channel.CreateUnbounded<TimeSpan>();

    public FakeTimeProvider Fake { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    public override DateTimeOffset GetUtcNow() => Fake.GetUtcNow();

    public override long GetTimestamp() => Fake.GetTimestamp();

    public override long TimestampFrequency => Fake.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => Fake.LocalTimeZone;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = Fake.CreateTimer(callback, state, dueTime, period);
        _timers.Writer.TryWrite(dueTime);
        return timer;
    }

    /// <summary>Waits (in real time, at most 10 s) until the code under test starts its next timer, and returns its due time.</summary>
    public async Task<TimeSpan> NextTimerAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        return await _timers.Reader.ReadAsync(timeout.Token);
    }

    public void Advance(TimeSpan by) => Fake.Advance(by);
}
