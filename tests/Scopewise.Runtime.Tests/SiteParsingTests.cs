namespace Scopewise.Runtime.Tests;

public class SiteParsingTests
{
    [Theory]
    [InlineData("acme.atlassian.net", "https://acme.atlassian.net/")]
    [InlineData("https://acme.atlassian.net/wiki/", "https://acme.atlassian.net/")]
    [InlineData("  https://ACME.atlassian.net/wiki/spaces/DOC/overview  ", "https://acme.atlassian.net/")]
    [InlineData("legacy.jira.com", "https://legacy.jira.com/")]
    public void Cloud_sites_are_detected_and_reduced_to_the_site_root(string typed, string expected)
    {
        var site = AtlassianSite.Parse(typed);

        Assert.Equal(SiteDeployment.Cloud, site.Deployment);
        Assert.Equal(expected, site.BaseAddress.AbsoluteUri);
        Assert.Equal(string.Empty, site.ContextPath);
    }

    [Theory]
    [InlineData("https://confluence.corp.example/confluence", "/confluence", "https://confluence.corp.example/confluence")]
    [InlineData("https://confluence.corp.example/confluence/", "/confluence", "https://confluence.corp.example/confluence")]
    [InlineData("https://wiki.corp.example:8443", "", "https://wiki.corp.example:8443/")]
    [InlineData("confluence.corp.example", "", "https://confluence.corp.example/")]
    public void Other_hosts_are_data_center_with_the_context_path_kept(string typed, string contextPath, string expected)
    {
        var site = AtlassianSite.Parse(typed);

        Assert.Equal(SiteDeployment.DataCenter, site.Deployment);
        Assert.Equal(contextPath, site.ContextPath);
        Assert.Equal(expected, site.BaseAddress.AbsoluteUri);
    }

    [Fact]
    public void The_deployment_can_be_overridden_for_cloud_custom_domains()
    {
        var site = AtlassianSite.Parse("https://wiki.acme.com/wiki", SiteDeployment.Cloud);

        Assert.True(site.IsCloud);
        Assert.Equal("https://wiki.acme.com/", site.BaseAddress.AbsoluteUri);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("ftp://acme.atlassian.net")]
    [InlineData("https://")]
    [InlineData("https://acme.atlassian.net/?x=1")]
    public void Bad_sites_fail_with_a_message_showing_an_accepted_form(string typed)
    {
        var error = Assert.Throws<ArgumentException>(() => AtlassianSite.Parse(typed));

        Assert.Contains("acme.atlassian.net", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_site_url_with_a_password_in_it_is_refused_without_echoing_the_password()
    {
        var error = Assert.Throws<ArgumentException>(() => AtlassianSite.Parse("https://me:s3cret-pass@acme.atlassian.net"));

        Assert.DoesNotContain("s3cret-pass", error.Message, StringComparison.Ordinal);
        Assert.Contains("AtlassianCredential", error.Message, StringComparison.Ordinal);
    }
}
