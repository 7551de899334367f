namespace Scopewise.Sandbox;

/// <summary>The kinds of content the sandbox stores.</summary>
public enum SandboxContentType
{
    /// <summary>A page (has ancestors and children).</summary>
    Page = 0,

    /// <summary>A blog post.</summary>
    BlogPost = 1,

    /// <summary>A footer comment on a page or blog post.</summary>
    Comment = 2,
}
