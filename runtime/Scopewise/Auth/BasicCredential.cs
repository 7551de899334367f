using System.Net.Http.Headers;
using System.Text;

namespace Scopewise;

/// <summary>Basic <c>user:secret</c>: API tokens (classic and scoped) and Data Center passwords.</summary>
internal sealed class BasicCredential : AtlassianCredential
{
    private readonly CredentialHeader _header;
    private readonly IReadOnlyCollection<string>? _scopes;

    public BasicCredential(CredentialKind kind, string user, string secret, IReadOnlyCollection<string>? scopes)
    {
        Kind = kind;
        User = user;
        var encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes(user + ":" + secret));
        _header = new CredentialHeader(new AuthenticationHeaderValue("Basic", encoded), encoded);
        _scopes = scopes is { Count: > 0 } ? scopes : null;
    }

    public override CredentialKind Kind { get; }

    public override string? Scheme => "Basic";

    /// <summary>The email or user name (not a secret; shown in messages).</summary>
    public string User { get; }

    internal override ValueTask<CredentialHeader?> GetHeaderAsync(CredentialContext context, string? rejectedToken, CancellationToken cancellationToken)
        => ValueTask.FromResult<CredentialHeader?>(_header);

    internal override ValueTask<IReadOnlyCollection<string>?> GetKnownScopesAsync(CredentialContext context, CancellationToken cancellationToken)
        => ValueTask.FromResult(_scopes);

    public override string ToString() => $"{Kind} for {User} (secret redacted)";
}
