namespace Scopewise.Sandbox;

/// <summary>One version of a piece of content.</summary>
/// <param name="Number">The version number, from 1.</param>
/// <param name="Title">The title at this version.</param>
/// <param name="Body">The body in storage format at this version.</param>
/// <param name="AuthorId">The account id of the author of this version.</param>
/// <param name="CreatedAt">When the version was made.</param>
/// <param name="Message">The version message.</param>
public sealed record SandboxVersion(int Number, string Title, string Body, string? AuthorId, DateTimeOffset CreatedAt, string Message);
