namespace Scopewise.Runtime.Tests;

public class NextLinkTests
{
    private static readonly AtlassianSite CloudSite = AtlassianSite.Parse("acme.atlassian.net");
    private static readonly ResolvedRoute Gateway = new(new Uri("https://api.atlassian.com/ex/confluence/abc"), AtlassianCredential.Anonymous, false, CloudSite);
    private static readonly ResolvedRoute Site = new(CloudSite.BaseAddress, AtlassianCredential.Anonymous, false, CloudSite);
    private static readonly ResolvedRoute DataCenter = new(new Uri("https://wiki.corp.example/confluence"), AtlassianCredential.Anonymous, true, AtlassianSite.Parse("https://wiki.corp.example/confluence"));

    [Fact]
    public void A_v2_link_through_the_gateway_stays_under_the_gateway_root_without_wiki_wiki()
    {
        var path = NextLinkResolver.Resolve("/wiki/api/v2/pages?cursor=abc&limit=5", Gateway, Support.Operations.V2Pages);

        Assert.Equal("/wiki/api/v2/pages?cursor=abc&limit=5", path);
        Assert.Equal("https://api.atlassian.com/ex/confluence/abc/wiki/api/v2/pages?cursor=abc&limit=5", Gateway.BuildUri(path).AbsoluteUri);
    }

    [Fact]
    public void A_v1_link_relative_to_links_base_gets_wiki_back()
    {
        var path = NextLinkResolver.Resolve("/rest/api/content/1/descendant/page?start=25&limit=25", Gateway, Support.Operations.V1Descendants);

        Assert.Equal("https://api.atlassian.com/ex/confluence/abc/wiki/rest/api/content/1/descendant/page?start=25&limit=25", Gateway.BuildUri(path).AbsoluteUri);
    }

    [Fact]
    public void An_absolute_link_naming_the_site_is_sent_to_the_gateway_in_use()
    {
        var path = NextLinkResolver.Resolve("https://acme.atlassian.net/wiki/api/v2/pages?cursor=x", Gateway, Support.Operations.V2Pages);

        Assert.Equal("https://api.atlassian.com/ex/confluence/abc/wiki/api/v2/pages?cursor=x", Gateway.BuildUri(path).AbsoluteUri);
    }

    [Fact]
    public void A_link_to_another_host_is_refused()
    {
        var error = Assert.Throws<ScopewiseException>(() => NextLinkResolver.Resolve("https://evil.example/wiki/api/v2/pages?cursor=x", Site, Support.Operations.V2Pages));

        Assert.Contains("evil.example", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_data_center_link_with_the_context_path_is_not_doubled()
    {
        var path = NextLinkResolver.Resolve("/confluence/rest/api/content/1/descendant/page?start=2", DataCenter, Support.Operations.V1Descendants);

        Assert.Equal("https://wiki.corp.example/confluence/rest/api/content/1/descendant/page?start=2", DataCenter.BuildUri(path).AbsoluteUri);
    }
}
