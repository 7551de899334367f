namespace Scopewise.Sandbox;

/// <summary>Service accounts (kept apart from the rest of the sandbox: the token endpoint only asks the registry).</summary>
public sealed partial class AtlassianSandbox
{
    private ServiceAccountRegistry? _serviceAccounts;

    internal ServiceAccountRegistry ServiceAccounts
        => LazyInitializer.EnsureInitialized(ref _serviceAccounts, () => new ServiceAccountRegistry(_oauth, Options));

    /// <summary>
    /// Creates a Cloud service account with an OAuth 2.0 credential whose scopes are fixed now, as in Atlassian
    /// Administration; its tokens come from <c>POST /oauth/token</c> with <c>grant_type=client_credentials</c>.
    /// </summary>
    /// <param name="name">The account's display name, for example "Release bot".</param>
    /// <param name="scopes">The credential's scopes (<c>offline_access</c> is dropped: client credentials get no refresh token).</param>
    public SandboxServiceAccount CreateServiceAccount(string name, IEnumerable<string> scopes)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(scopes);
        RequireDeployment(SandboxDeployment.Cloud, "Service accounts with OAuth 2.0 credentials", "IssuePersonalAccessToken or a password");
        var slug = new string(name.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');
        var user = CreateUser(name, $"{slug}-{Guid.NewGuid().ToString("N")[..8]}@serviceaccount.atlassian.com");
        return ServiceAccounts.Create(user, scopes);
    }
}
