namespace Scopewise.Sandbox;

/// <summary>An OAuth 2.0 (3LO) app registered with the sandbox's authorization server.</summary>
public sealed class SandboxOAuthClient
{
    internal SandboxOAuthClient(string name, string clientId, string clientSecret, IReadOnlyList<string> redirectUris)
    {
        Name = name;
        ClientId = clientId;
        ClientSecret = clientSecret;
        RedirectUris = redirectUris;
    }

    /// <summary>The app's name.</summary>
    public string Name { get; }

    /// <summary>The client id.</summary>
    public string ClientId { get; }

    /// <summary>The client secret.</summary>
    public string ClientSecret { get; }

    /// <summary>The callback URLs <c>/authorize</c> accepts (exact match, as Atlassian: a trailing slash counts). Empty accepts any.</summary>
    public IReadOnlyList<string> RedirectUris { get; }

    /// <inheritdoc />
    public override string ToString() => $"OAuth client {Name} ({ClientId})";
}
