namespace Scopewise;

/// <summary>
/// Which HTTP headers carry credentials, so that their values never reach a log. The HttpClientFactory's own
/// Trace-level logging prints every request and response header; Microsoft.Extensions.Http 8.x prints their values as
/// they are (9.x and later redact all values unless told otherwise), which put <c>Authorization: Basic base64(email:token)</c>
/// and Bearer tokens into the logs of an app that merely turned on Trace.
/// </summary>
internal static class CredentialHeaders
{
    // Exact names of the standard headers that carry credentials or sessions.
    private static readonly HashSet<string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        "Authorization",
        "Proxy-Authorization",
        "Cookie",
        "Set-Cookie",
    };

    // Parts of custom header names that, by convention, carry a credential (X-Auth-Token, X-Api-Key, X-Client-Secret...).
    // Over-redacting a harmless header such as X-Atlassian-Token: no-check costs nothing; under-redacting leaks a secret.
    private static readonly string[] NameParts = ["token", "secret", "password", "api-key", "apikey", "api_key"];

    /// <summary>True when the value of <paramref name="headerName"/> may be a credential and must not be logged.</summary>
    /// <param name="headerName">The header name, in any case.</param>
    public static bool IsCredentialBearing(string headerName)
    {
        if (string.IsNullOrEmpty(headerName))
        {
            return false;
        }

        if (Names.Contains(headerName))
        {
            return true;
        }

        foreach (var part in NameParts)
        {
            if (headerName.Contains(part, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A redaction predicate that redacts credential-bearing headers and everything <paramref name="alsoRedact"/>
    /// already redacts, so that adding ours never weakens a stricter rule (such as the redact-all default of
    /// Microsoft.Extensions.Http 9 and later, or one the application set).
    /// </summary>
    /// <param name="alsoRedact">The predicate in force before; null for none.</param>
    public static Func<string, bool> RedactedAlongWith(Func<string, bool>? alsoRedact)
        => alsoRedact is null ? IsCredentialBearing : header => IsCredentialBearing(header) || alsoRedact(header);
}
