namespace Scopewise.Runtime.Tests;

public class ConstructionTests
{
    [Fact]
    public void A_personal_access_token_for_a_cloud_site_says_to_use_an_api_token()
    {
        var error = Assert.Throws<ArgumentException>(() => new ApiConnection(new ScopewiseOptions
        {
            Site = "acme.atlassian.net",
            Credential = AtlassianCredential.PersonalAccessToken("pat-secret"),
        }));

        Assert.Contains("ApiToken", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("pat-secret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_password_for_a_cloud_site_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new ApiConnection(new ScopewiseOptions
        {
            Site = "acme.atlassian.net",
            Credential = AtlassianCredential.Password("ada", "pw-secret"),
        }));

        Assert.Contains("API token", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_scoped_token_without_a_site_or_cloud_id_says_what_to_set()
    {
        var error = Assert.Throws<ArgumentException>(() => new ApiConnection(new ScopewiseOptions
        {
            Credential = AtlassianCredential.ScopedApiToken("me@example.com", "tok"),
        }));

        Assert.Contains("Site", error.Message, StringComparison.Ordinal);
        Assert.Contains("CloudId", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_scoped_token_with_a_cloud_id_needs_no_site()
    {
        using var connection = new ApiConnection(new ScopewiseOptions
        {
            CloudId = "11111111-2222-3333-4444-555555555555",
            Credential = AtlassianCredential.ScopedApiToken("me@example.com", "tok"),
        });

        Assert.Equal(CredentialKind.ScopedApiToken, connection.Credential.Kind);
    }

    [Fact]
    public void An_api_token_for_a_data_center_host_mentions_the_cloud_override()
    {
        var error = Assert.Throws<ArgumentException>(() => new ApiConnection(new ScopewiseOptions
        {
            Site = "https://confluence.corp.example/confluence",
            Credential = AtlassianCredential.ApiToken("me@example.com", "tok"),
        }));

        Assert.Contains("PersonalAccessToken", error.Message, StringComparison.Ordinal);
        Assert.Contains("SiteDeployment.Cloud", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Credentials_over_plain_http_to_a_network_host_are_refused()
    {
        var error = Assert.Throws<InsecureTransportException>(() => new ApiConnection(new ScopewiseOptions
        {
            Site = "http://confluence.corp.example",
            Credential = AtlassianCredential.PersonalAccessToken("pat-secret"),
        }));

        Assert.Contains("https", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("pat-secret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fixed_header_over_plain_http_to_a_network_host_is_refused()
    {
        Assert.Throws<InsecureTransportException>(() => new ApiConnection(
            new Uri("http://api.example.com"), new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "x")));
    }

    [Fact]
    public void Anonymous_access_over_plain_http_is_allowed()
    {
        using var connection = new ApiConnection(new ScopewiseOptions { Site = "http://confluence.corp.example" });

        Assert.Equal(SiteDeployment.DataCenter, connection.Site!.Deployment);
    }

    [Fact]
    public void An_api_token_needs_an_email()
    {
        var error = Assert.Throws<ArgumentException>(() => AtlassianCredential.ApiToken("", "tok"));

        Assert.Contains("email", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_product_without_a_route_is_named()
    {
        var options = new ScopewiseOptions { Site = "acme.atlassian.net" };
        options.Products["inventory"] = null!;

        var error = Assert.Throws<ArgumentException>(() => new ApiConnection(options));

        Assert.Contains("options.Products[\"inventory\"]", error.Message, StringComparison.Ordinal);
    }
}
