using Scopewise.Runtime.Tests.Support;

namespace Scopewise.Runtime.Tests;

/// <summary>What goes on the wire besides the credential: the Accept header, and the URI built from base, mapped path and query.</summary>
public class RequestShapeTests
{
    [Fact]
    public async Task Every_call_asks_for_json_unless_the_operation_sends_its_own_accept()
    {
        await using var sandbox = await Sandboxes.CloudAsync();
        var user = sandbox.CreateUser("Ada Lovelace");
        var token = sandbox.IssueApiToken(user);
        using var connection = new ApiConnection(Sandboxes.CloudOptions(sandbox, AtlassianCredential.ApiToken(user.Email, token.Token)));
        var own = Operations.Request(Operations.V2Pages);
        own.AddHeader("Accept", "*/*");

        await connection.SendAsync(Operations.Request(Operations.V2Pages));
        await connection.SendAsync(own);

        // The operation's value replaces the default rather than joining it.
        Assert.Equal(["application/json", "*/*"], sandbox.Requests.Select(r => r.Headers["Accept"]));
    }

    [Fact]
    public async Task Query_values_are_escaped_after_the_path_data_center_maps()
    {
        await using var sandbox = await Sandboxes.DataCenterAsync("/confluence");
        var user = sandbox.CreateUser("Ada Lovelace");
        var pat = sandbox.IssuePersonalAccessToken(user);
        using var connection = new ApiConnection(Sandboxes.DataCenterOptions(sandbox, AtlassianCredential.PersonalAccessToken(pat.Token)));
        var plain = Operations.Request(Operations.V1CurrentUser);
        plain.AddQuery("expand", "operations, personalSpace");
        plain.AddQuery("note", "Q&A: 50% off");
        var withQueryInPath = Operations.Request(Operations.V1CurrentUser, "/wiki/rest/api/user/current?start=25");
        withQueryInPath.AddQuery("limit", "25");

        await connection.SendAsync(plain);
        await connection.SendAsync(withQueryInPath);

        Assert.All(sandbox.Requests, r => Assert.Equal("/confluence/rest/api/user/current", r.Path));
        Assert.Equal(
            ["?expand=operations%2C%20personalSpace&note=Q%26A%3A%2050%25%20off", "?start=25&limit=25"],
            sandbox.Requests.Select(r => r.QueryString));
    }
}
