namespace Scopewise.Runtime.Tests;

public class RedactionTests
{
    [Fact]
    public void Credentials_tokens_and_options_never_show_secrets()
    {
        var app = new AtlassianOAuthApp("client-id", "client-secret-1");
        var shown = new object[]
        {
            AtlassianCredential.ApiToken("me@example.com", "api-secret-2"),
            AtlassianCredential.ScopedApiToken("me@example.com", "api-secret-3"),
            AtlassianCredential.PersonalAccessToken("pat-secret-4"),
            AtlassianCredential.Password("ada", "password-secret-5"),
            AtlassianCredential.OAuth(app, new InMemoryTokenStore()),
            AtlassianCredential.FromHeader(new("Bearer", "header-secret-6")),
            new OAuthTokens("access-secret-7", "refresh-secret-8", DateTimeOffset.UnixEpoch, ["read:me"]),
            new ScopewiseOptions { Site = "acme.atlassian.net", Credential = AtlassianCredential.ApiToken("me@example.com", "api-secret-9") },
            app,
        };

        var text = string.Join("\n", shown.Select(o => o.ToString()));

        foreach (var secret in new[] { "secret-1", "secret-2", "secret-3", "secret-4", "secret-5", "secret-6", "secret-7", "secret-8", "secret-9" })
        {
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
        }

        Assert.Contains("me@example.com", text, StringComparison.Ordinal);
    }
}
