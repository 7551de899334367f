namespace Scopewise;

/// <summary>
/// Where the operations of one product go. <c>confluence</c> and <c>jira</c> are Atlassian routes by default; add a
/// route for every other product name your own specs use (<see cref="ScopewiseOptions.Products"/>).
/// </summary>
public sealed class ProductRoute
{
    private ProductRoute(string? gatewayProduct, Uri? baseAddress, AtlassianCredential? credential)
    {
        GatewayProduct = gatewayProduct;
        BaseAddress = baseAddress;
        Credential = credential;
    }

    /// <summary>For Atlassian routes, the gateway's product segment (<c>confluence</c>, <c>jira</c>); null for custom routes.</summary>
    public string? GatewayProduct { get; }

    /// <summary>For custom routes, the product root; null for Atlassian routes.</summary>
    public Uri? BaseAddress { get; }

    /// <summary>For custom routes, the credential sent there (anonymous when null).</summary>
    public AtlassianCredential? Credential { get; }

    /// <summary>Whether the route uses the connection's site and credential.</summary>
    public bool IsAtlassian => GatewayProduct is not null;

    /// <summary>
    /// An Atlassian product on the connection's site, with its credential and base-URL rules. Use it for other APIs
    /// of the same site, such as Jira Software's <c>/rest/agile/1.0</c> (gateway product <c>jira</c>).
    /// </summary>
    /// <param name="gatewayProduct">The gateway's product segment: <c>confluence</c> or <c>jira</c>.</param>
    public static ProductRoute Atlassian(string gatewayProduct)
    {
        if (string.IsNullOrWhiteSpace(gatewayProduct) || gatewayProduct.Contains('/', StringComparison.Ordinal))
        {
            throw new ArgumentException("Give the gateway product segment, such as confluence or jira.", nameof(gatewayProduct));
        }

        return new ProductRoute(gatewayProduct.Trim().ToLowerInvariant(), null, null);
    }

    /// <summary>Your own API: operation paths are appended to <paramref name="baseAddress"/>, with <paramref name="credential"/> (anonymous when null).</summary>
    /// <param name="baseAddress">The product root, for example <c>https://api.example.com</c>.</param>
    /// <param name="credential">The credential for that host; the site's credential is never sent there unless you pass it.</param>
    public static ProductRoute Custom(Uri baseAddress, AtlassianCredential? credential = null)
    {
        ArgumentNullException.ThrowIfNull(baseAddress);
        if (!baseAddress.IsAbsoluteUri)
        {
            throw new ArgumentException($"The base address must be absolute, like https://api.example.com; got '{baseAddress}'.", nameof(baseAddress));
        }

        if (credential is not null && credential.Kind != CredentialKind.Anonymous)
        {
            TransportGuard.RequireSecureForSecrets(baseAddress, "a custom product");
        }

        return new ProductRoute(null, baseAddress, credential);
    }

    /// <inheritdoc />
    public override string ToString() => IsAtlassian ? $"Atlassian ({GatewayProduct})" : $"{BaseAddress} ({Credential?.ToString() ?? "Anonymous"})";
}
