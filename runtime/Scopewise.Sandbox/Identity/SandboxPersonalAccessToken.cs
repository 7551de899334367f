namespace Scopewise.Sandbox;

/// <summary>A Data Center personal access token: <c>Bearer</c>, the user's permissions, no scopes.</summary>
public sealed class SandboxPersonalAccessToken
{
    internal SandboxPersonalAccessToken(SandboxUser user, string token)
    {
        User = user;
        Token = token;
    }

    /// <summary>The account the token belongs to.</summary>
    public SandboxUser User { get; }

    /// <summary>The secret token value.</summary>
    public string Token { get; }

    /// <summary>The Authorization header value: <c>Bearer token</c>.</summary>
    public string BearerAuthorization => "Bearer " + Token;

    /// <inheritdoc />
    public override string ToString() => $"personal access token of {User.UserName}";
}
