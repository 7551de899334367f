namespace Scopewise;

/// <summary>Credentials travel over https only; plain http is allowed to loopback (local sandboxes and tests).</summary>
internal static class TransportGuard
{
    public static bool IsSecureForSecrets(Uri uri)
        => string.Equals(uri.Scheme, Uri.UriSchemeHttps, StringComparison.OrdinalIgnoreCase)
            || (string.Equals(uri.Scheme, Uri.UriSchemeHttp, StringComparison.OrdinalIgnoreCase) && uri.IsLoopback);

    /// <summary>Throws when a secret would go to <paramref name="uri"/> in clear text.</summary>
    public static void RequireSecureForSecrets(Uri uri, string what)
    {
        if (!IsSecureForSecrets(uri))
        {
            throw new InsecureTransportException(
                $"Refusing to send credentials to {what} at {uri.GetLeftPart(UriPartial.Authority)} over plain http: anyone on the network could read them. Use https:// (plain http is allowed only to localhost).");
        }
    }
}
