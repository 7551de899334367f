namespace Scopewise;

/// <summary>
/// The call was not sent: the OAuth or scoped token is known not to hold any of the operation's scope alternatives,
/// and Atlassian would answer 401 "scope does not match".
/// </summary>
public sealed class InsufficientScopeException : ScopewiseException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="operation">The operation that was not called.</param>
    /// <param name="grantedScopes">The scopes the token holds.</param>
    public InsufficientScopeException(ApiOperationInfo operation, IReadOnlyCollection<string> grantedScopes)
        : base(BuildMessage(operation, grantedScopes))
    {
        Operation = operation;
        GrantedScopes = grantedScopes;
    }

    /// <summary>Creates the exception from the refusal's details (what the pre-flight check found).</summary>
    internal InsufficientScopeException(RefusalDetails refusal)
        : base($"{refusal.Operation} was not sent: the credential is known not to hold the scopes it needs.{refusal} Add the missing scopes to the app, service account or scoped token and authorize again (or create a new credential).")
    {
        Operation = refusal.Operation;
        GrantedScopes = refusal.KnownScopes ?? [];
        Refusal = refusal;
    }

    /// <summary>The operation that was not called.</summary>
    public ApiOperationInfo Operation { get; }

    /// <summary>What was needed, what the credential holds, what is missing, the route and the auth scheme; null when built by hand.</summary>
    public RefusalDetails? Refusal { get; }

    /// <summary>The alternatives, any one of which would let the call through.</summary>
    public IReadOnlyList<ScopeAlternative> Alternatives => Operation.Scopes.Alternatives;

    /// <summary>The scopes the token holds.</summary>
    public IReadOnlyCollection<string> GrantedScopes { get; }

    private static string BuildMessage(ApiOperationInfo operation, IReadOnlyCollection<string> granted)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(granted);
        var alternatives = string.Join(" or ", operation.Scopes.Alternatives.Select(a => "[" + string.Join(", ", a.Scopes) + "]"));
        return $"{operation} was not sent: it needs {alternatives}, and the token holds only [{string.Join(", ", granted.Order(StringComparer.Ordinal))}]. "
            + "Add one alternative's scopes to the app (or the scoped token) and authorize again.";
    }
}
