namespace Scopewise.Sandbox.Host;

/// <summary>A little content so that a first request returns something: one space, a page tree, a blog post.</summary>
internal static class DemoSeed
{
    public static void Apply(AtlassianSandbox sandbox, SandboxUser author)
    {
        var space = sandbox.Store.AddSpace("DEMO", "Demo space", anonymousAccess: true);
        var home = sandbox.Store.AddPage(space, "Demo home", "<p>Welcome to the Scopewise sandbox.</p>", author: author);
        var guide = sandbox.Store.AddPage(space, "Getting started", "<p>Call the API with the credentials printed at start.</p>", home, author);
        sandbox.Store.AddPage(space, "Scopes", "<p>Each operation checks the scopes its spec names.</p>", guide, author);
        sandbox.Store.AddLabel(guide, "guide");
        sandbox.Store.AddBlogPost(space, "Sandbox started", "<p>It is not Atlassian; it behaves like it where clients care.</p>", author);
    }
}
