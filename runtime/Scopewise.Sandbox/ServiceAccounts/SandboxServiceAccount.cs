namespace Scopewise.Sandbox;

/// <summary>
/// A Cloud service account with an OAuth 2.0 credential: <c>POST /oauth/token</c> with <c>grant_type=client_credentials</c>
/// and this client id and secret gives a Bearer access token for the gateway, with the scopes fixed when the account
/// was created and no refresh token. Requests act as <see cref="User"/>.
/// </summary>
public sealed class SandboxServiceAccount
{
    internal SandboxServiceAccount(SandboxUser user, SandboxOAuthClient client, IReadOnlySet<string> scopes)
    {
        User = user;
        Client = client;
        Scopes = scopes;
    }

    /// <summary>The account the service account acts as (its email ends in <c>@serviceaccount.atlassian.com</c>).</summary>
    public SandboxUser User { get; }

    /// <summary>The credential's client id.</summary>
    public string ClientId => Client.ClientId;

    /// <summary>The credential's client secret.</summary>
    public string ClientSecret => Client.ClientSecret;

    /// <summary>The scopes chosen when the credential was created; every token carries exactly these.</summary>
    public IReadOnlySet<string> Scopes { get; }

    /// <summary>The OAuth client the credential is registered as, so that the gateway checks its tokens like any other.</summary>
    internal SandboxOAuthClient Client { get; }

    /// <inheritdoc />
    public override string ToString() => $"service account {User.DisplayName} ({ClientId}, secret redacted)";
}
