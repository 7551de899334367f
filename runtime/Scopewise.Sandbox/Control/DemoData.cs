namespace Scopewise.Sandbox;

/// <summary>
/// The demo data the README shows (<see cref="SandboxOptions.SeedDemoData"/>): one user, an anonymous-readable
/// <c>DEMO</c> space with a small page tree, a label and a blog post, and a members-only <c>NOTES</c> space with
/// enough release notes that listing them takes several pages.
/// </summary>
public static class DemoData
{
    /// <summary>How many pages the <c>NOTES</c> space holds.</summary>
    public const int ReleaseNoteCount = 60;

    /// <summary>The demo user's e-mail.</summary>
    public const string UserEmail = "demo@example.com";

    /// <summary>The demo user's Data Center user name (Cloud refuses passwords, as Atlassian does).</summary>
    public const string UserName = "demo";

    /// <summary>The demo user's Data Center password; a throw-away value valid against the sandbox only.</summary>
    public const string UserPassword = "demo-password";

    internal static SandboxUser Apply(AtlassianSandbox sandbox)
    {
        var user = sandbox.CreateUser("Demo User", UserEmail, UserPassword, UserName);
        var store = sandbox.Store;
        var demo = store.AddSpace("DEMO", "Demo space", anonymousAccess: true);
        var home = store.AddPage(demo, "Demo home", "<p>Welcome to the Scopewise sandbox.</p>", author: user);
        var guide = store.AddPage(demo, "Getting started", "<p>Every call names the scopes it needs.</p>", home, user);
        store.AddPage(demo, "Scopes", "<p>The build writes them to App.scopes.txt.</p>", guide, user);
        store.AddLabel(guide, "guide");
        store.AddBlogPost(demo, "Sandbox started", "<p>It is not Atlassian; it behaves like it where clients care.</p>", user);
        var notes = store.AddSpace("NOTES", "Release notes", members: [user]);
        for (var i = 1; i <= ReleaseNoteCount; i++)
        {
            store.AddPage(notes, $"Release 1.{i}", $"<p>Changes in 1.{i}.</p>", author: user);
        }

        return user;
    }
}
