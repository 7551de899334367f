namespace Scopewise;

/// <summary>Why Atlassian answered 401.</summary>
public enum AuthenticationFailure
{
    /// <summary>The credential is expired, revoked, malformed, or sent where it does not work.</summary>
    InvalidCredential = 0,

    /// <summary>The credential is valid but lacks a scope the operation needs (<c>X-Failure-Category: FAILURE_CLIENT_SCOPE_CHECK</c>).</summary>
    ScopeMismatch = 1,
}
