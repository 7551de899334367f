namespace Scopewise;

/// <summary>A Data Center user name and password: Basic to the Data Center host. Cloud refuses passwords.</summary>
internal sealed class PasswordCredential(string username, string password) : BasicCredential(username, password)
{
    public override CredentialKind Kind => CredentialKind.Password;

    internal override string Description => "password";

    internal override string AdviceWhenRefused =>
        " The user name or password is wrong, or the server asks for a CAPTCHA after failed logins (log in once in a browser).";

    internal override void RequireUsableWith(AtlassianSite site)
    {
        if (site.IsCloud)
        {
            throw new ArgumentException(
                $"{site.Host} is Atlassian Cloud, where Basic auth with a password is refused. Create an API token at https://id.atlassian.com/manage-profile/security/api-tokens and use AtlassianCredential.ApiToken(email, token).");
        }
    }
}
