namespace Scopewise.Runtime.Tests;

public class AuthorizeUrlTests
{
    private static readonly AtlassianOAuthApp App = new("client-123", "secret-xyz");

    [Fact]
    public void The_authorize_url_carries_everything_atlassian_requires()
    {
        var request = App.CreateAuthorizationRequest(["read:page:confluence", "offline_access"], new Uri("http://localhost:13131/callback"));
        var query = LoopbackAuthorization.ParseQuery(request.Url.Query);

        Assert.Equal("https://auth.atlassian.com/authorize", request.Url.GetLeftPart(UriPartial.Path));
        Assert.Equal("api.atlassian.com", query["audience"]);
        Assert.Equal("client-123", query["client_id"]);
        Assert.Equal("read:page:confluence offline_access", query["scope"]);
        Assert.Equal("http://localhost:13131/callback", query["redirect_uri"]);
        Assert.Equal("code", query["response_type"]);
        Assert.Equal("consent", query["prompt"]);
        Assert.Equal(request.State, query["state"]);
        Assert.Contains("scope=read%3Apage%3Aconfluence%20offline_access", request.Url.AbsoluteUri, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-xyz", request.Url.AbsoluteUri, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_request_gets_a_new_unguessable_state()
    {
        var redirect = new Uri("http://localhost:13131/callback");
        var states = Enumerable.Range(0, 20).Select(_ => App.CreateAuthorizationRequest(["read:me"], redirect).State).ToHashSet();

        Assert.Equal(20, states.Count);
        Assert.All(states, s => Assert.True(s.Length >= 40));
    }

    [Fact]
    public void Asking_for_no_scopes_is_an_error_that_says_where_the_scopes_come_from()
    {
        var error = Assert.Throws<ArgumentException>(() => App.CreateAuthorizationRequest([], new Uri("http://localhost:13131/callback")));

        Assert.Contains("scopes.txt", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_client_secret_never_shows_in_ToString()
    {
        Assert.DoesNotContain("secret-xyz", App.ToString(), StringComparison.Ordinal);
        Assert.Contains("client-123", App.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_authorization_server_over_plain_http_on_the_network_is_refused()
    {
        Assert.Throws<InsecureTransportException>(() => new AtlassianOAuthApp("id", "secret", new Uri("http://auth.example.com")));
    }
}
