namespace Scopewise;

/// <summary>Where an Atlassian site runs; it decides the base URLs and which credentials work.</summary>
public enum SiteDeployment
{
    /// <summary>Atlassian Cloud (<c>*.atlassian.net</c>, or a Cloud custom domain when set explicitly).</summary>
    Cloud = 1,

    /// <summary>Confluence or Jira Data Center (or Server), on the organisation's own host.</summary>
    DataCenter = 2,
}
