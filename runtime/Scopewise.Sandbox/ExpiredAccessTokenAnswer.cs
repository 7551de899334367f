namespace Scopewise.Sandbox;

/// <summary>How the gateway answers an expired OAuth 2.0 access token. Atlassian's behaviour here is uncertain, hence a choice.</summary>
public enum ExpiredAccessTokenAnswer
{
    /// <summary>401 <c>{"code":401,"message":"Unauthorized"}</c>, as most reports say. The default.</summary>
    Unauthorized = 0,

    /// <summary>The quirk seen by n8n in 2026: 404 on Confluence v2 paths and 403 on v1 (Jira keeps 401).</summary>
    NotFoundOnV2ForbiddenOnV1 = 1,
}
