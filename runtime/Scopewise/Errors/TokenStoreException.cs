namespace Scopewise;

/// <summary>An <see cref="ITokenStore"/> could not read or write tokens.</summary>
public sealed class TokenStoreException : ScopewiseException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong and what to do.</param>
    /// <param name="innerException">The cause, if any.</param>
    public TokenStoreException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
