namespace Scopewise;

/// <summary>A Scopewise call failed before or apart from an HTTP error status: configuration, transport safety, tokens.</summary>
public class ScopewiseException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong and what to do.</param>
    /// <param name="innerException">The cause, if any.</param>
    public ScopewiseException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
