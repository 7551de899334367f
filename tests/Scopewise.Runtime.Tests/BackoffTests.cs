namespace Scopewise.Runtime.Tests;

public class BackoffTests
{
    [Theory]
    [InlineData(1, 3.5, 6.5)]
    [InlineData(2, 7, 13)]
    [InlineData(3, 14, 26)]
    [InlineData(4, 21, 30)]
    [InlineData(9, 21, 30)]
    public void Defaults_follow_atlassians_guide_doubling_from_5s_with_jitter_and_a_30s_cap(int retry, double lowest, double highest)
    {
        var options = new RetryOptions();

        Assert.Equal(lowest, new Backoff(options, () => 0).Compute(retry).TotalSeconds, 3);
        Assert.Equal(highest, new Backoff(options, () => 0.999999).Compute(retry).TotalSeconds, 3);
    }

    [Fact]
    public void Options_change_the_numbers()
    {
        var options = new RetryOptions { InitialDelay = TimeSpan.FromMilliseconds(100), MaxDelay = TimeSpan.FromSeconds(1), JitterMin = 1, JitterMax = 1 };
        var backoff = new Backoff(options, () => 0.5);

        Assert.Equal([100, 200, 400, 800, 1000], Enumerable.Range(1, 5).Select(n => backoff.Compute(n).TotalMilliseconds));
    }

    [Fact]
    public void Invalid_options_are_refused_when_the_connection_is_built()
    {
        var options = new ScopewiseOptions { Site = "acme.atlassian.net", Retry = { MaxRetries = -1 } };

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new ApiConnection(options));
        Assert.Contains("MaxRetries", error.Message, StringComparison.Ordinal);
    }
}
