namespace Scopewise.Runtime.Tests;

public class EnvironmentTests
{
    private static Func<string, string?> Variables(params (string Name, string Value)[] values)
    {
        var map = values.ToDictionary(v => v.Name, v => v.Value);
        return name => map.GetValueOrDefault(name);
    }

    [Fact]
    public void A_missing_site_names_the_variable()
    {
        var error = Assert.Throws<ArgumentException>(() => ScopewiseEnvironment.ReadOptions(Variables((ScopewiseEnvironment.ApiToken, "t"))));

        Assert.Contains("SCOPEWISE_SITE", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_api_token_without_an_email_names_the_email_variable()
    {
        var error = Assert.Throws<ArgumentException>(() => ScopewiseEnvironment.ReadOptions(Variables(
            ("SCOPEWISE_SITE", "acme.atlassian.net"), ("SCOPEWISE_API_TOKEN", "tok"))));

        Assert.Contains("SCOPEWISE_EMAIL", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("tok", error.Message.Replace("token", string.Empty, StringComparison.OrdinalIgnoreCase).Replace("TOKEN", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void No_credential_lists_the_choices()
    {
        var error = Assert.Throws<ArgumentException>(() => ScopewiseEnvironment.ReadOptions(Variables(("SCOPEWISE_SITE", "acme.atlassian.net"))));

        Assert.Contains("SCOPEWISE_API_TOKEN", error.Message, StringComparison.Ordinal);
        Assert.Contains("SCOPEWISE_PAT", error.Message, StringComparison.Ordinal);
        Assert.Contains("SCOPEWISE_ANONYMOUS", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Oauth_needs_the_secret_and_the_token_store()
    {
        var error = Assert.Throws<ArgumentException>(() => ScopewiseEnvironment.ReadOptions(Variables(
            ("SCOPEWISE_SITE", "acme.atlassian.net"), ("SCOPEWISE_OAUTH_CLIENT_ID", "id"), ("SCOPEWISE_OAUTH_CLIENT_SECRET", "s"))));

        Assert.Contains("SCOPEWISE_OAUTH_TOKEN_STORE", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("false", CredentialKind.ApiToken)]
    [InlineData("true", CredentialKind.ScopedApiToken)]
    public void An_api_token_is_read_as_classic_or_scoped(string scoped, CredentialKind expected)
    {
        var options = ScopewiseEnvironment.ReadOptions(Variables(
            ("SCOPEWISE_SITE", "acme.atlassian.net"), ("SCOPEWISE_EMAIL", "me@example.com"), ("SCOPEWISE_API_TOKEN", "tok"), ("SCOPEWISE_API_TOKEN_SCOPED", scoped)));

        Assert.Equal(expected, options.Credential.Kind);
        Assert.Equal("acme.atlassian.net", options.Site);
    }

    [Fact]
    public void Two_credentials_at_once_are_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => ScopewiseEnvironment.ReadOptions(Variables(
            ("SCOPEWISE_SITE", "https://wiki.corp.example"), ("SCOPEWISE_PAT", "p"), ("SCOPEWISE_USERNAME", "u"), ("SCOPEWISE_PASSWORD", "pw"))));

        Assert.Contains("SCOPEWISE_PAT", error.Message, StringComparison.Ordinal);
        Assert.Contains("SCOPEWISE_PASSWORD", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_connection_can_be_built_from_the_environment()
    {
        using var connection = ApiConnection.FromEnvironment(Variables(
            ("SCOPEWISE_SITE", "https://wiki.corp.example/confluence"), ("SCOPEWISE_PAT", "p")));

        Assert.Equal(CredentialKind.PersonalAccessToken, connection.Credential.Kind);
        Assert.Equal("/confluence", connection.Site!.ContextPath);
    }
}
