namespace Scopewise;

/// <summary>The runtime refused to send a credential: over plain http to a host that is not loopback, or after a downgrade.</summary>
public sealed class InsecureTransportException : ScopewiseException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What was refused and what to do.</param>
    public InsecureTransportException(string message)
        : base(message)
    {
    }
}
