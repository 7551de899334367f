using Scopewise;

namespace App;

public static class OAuthSetup
{
    // Using the runtime's OAuth app means refresh tokens, so the manifest adds offline_access (ScopewiseOfflineAccess=auto).
    public static AtlassianOAuthApp CreateApp() => new("client-id", "client-secret");
}
