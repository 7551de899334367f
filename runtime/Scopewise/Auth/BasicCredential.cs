using System.Net.Http.Headers;
using System.Text;

namespace Scopewise;

/// <summary>Basic <c>user:secret</c>, formatted once: the base of API tokens (classic and scoped) and Data Center passwords.</summary>
internal abstract class BasicCredential : AtlassianCredential
{
    private readonly CredentialHeader _header;

    private protected BasicCredential(string user, string secret)
    {
        User = user;
        var encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes(user + ":" + secret));
        _header = new CredentialHeader(new AuthenticationHeaderValue("Basic", encoded), encoded);
    }

    public override string? Scheme => "Basic";

    /// <summary>The email or user name (not a secret; shown in messages).</summary>
    public string User { get; }

    internal override ValueTask<CredentialHeader?> GetHeaderAsync(CredentialContext context, string? rejectedToken, CancellationToken cancellationToken)
        => ValueTask.FromResult<CredentialHeader?>(_header);

    public override string ToString() => $"{Kind} for {User} (secret redacted)";
}
