namespace Scopewise.Sandbox.Specs;

/// <summary>The bundled specs; each has its own error body shape and paging style.</summary>
internal enum ApiFamily
{
    ConfluenceV1,
    ConfluenceV2,
    JiraV3,
    ConfluenceDataCenter,
}

internal static class ApiFamilyExtensions
{
    /// <summary>The product segment of the gateway (<c>/ex/{product}/...</c>).</summary>
    public static string Product(this ApiFamily family) => family == ApiFamily.JiraV3 ? "jira" : "confluence";
}
