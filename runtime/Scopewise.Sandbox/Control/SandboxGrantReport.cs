namespace Scopewise.Sandbox;

/// <summary>One OAuth 2.0 grant the sandbox issued (a consent, or <see cref="AtlassianSandbox.IssueOAuthTokens"/>), and how often it was refreshed.</summary>
/// <param name="GrantId">The sandbox's name for the grant: <c>grant-1</c>, <c>grant-2</c>, … in the order issued.</param>
/// <param name="UserEmail">The consenting user's e-mail.</param>
/// <param name="ClientId">The app's client id.</param>
/// <param name="Scopes">The granted scopes, sorted.</param>
/// <param name="FirstGrantedAt">When the user consented; the 365-day absolute lifetime counts from here.</param>
/// <param name="Refreshes">Successful <c>refresh_token</c> grants so far.</param>
/// <param name="RefreshTokensIssued">Refresh tokens issued for the grant (none without <c>offline_access</c>).</param>
/// <param name="RefreshTokensSpent">Of those, how many were used to refresh (rotated out).</param>
public sealed record SandboxGrantReport(string GrantId, string UserEmail, string ClientId, IReadOnlyList<string> Scopes, DateTimeOffset FirstGrantedAt, int Refreshes, int RefreshTokensIssued, int RefreshTokensSpent);
