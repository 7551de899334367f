namespace Scopewise.Sandbox;

/// <summary>What the sandbox knows about one refresh token: so a test can check rotation without recording the wire.</summary>
/// <param name="Known">Whether the sandbox issued it.</param>
/// <param name="GrantId">The grant it belongs to (see <see cref="SandboxGrantReport.GrantId"/>).</param>
/// <param name="IssuedAt">When it was issued; the 90-day inactivity lifetime counts from here.</param>
/// <param name="Spent">Whether it has been used to refresh (Atlassian then disables it after the reuse interval).</param>
/// <param name="SpentAt">When it was first used to refresh.</param>
/// <param name="Usable">Whether a refresh with it would succeed now, by the sandbox's clock.</param>
/// <param name="Refusal">Why it would be refused, when it would.</param>
public sealed record SandboxRefreshTokenState(bool Known, string? GrantId, DateTimeOffset? IssuedAt, bool Spent, DateTimeOffset? SpentAt, bool Usable, string? Refusal);
