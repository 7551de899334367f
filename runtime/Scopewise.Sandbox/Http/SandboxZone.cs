namespace Scopewise.Sandbox;

/// <summary>Which Atlassian host a request addressed: the Cloud site, the api.atlassian.com gateway, or a Data Center instance.</summary>
internal enum SandboxZone
{
    Site,
    Gateway,
    DataCenter,
}
